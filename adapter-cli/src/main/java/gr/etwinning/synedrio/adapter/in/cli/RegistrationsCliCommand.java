package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.EraseParticipantCommand;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.ErasureReport;
import gr.etwinning.synedrio.application.port.in.registration.ExportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsFileUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsFileUseCase.ImportRegistrationsFileCommand;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsFileUseCase.ImportRegistrationsFileReport;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsReport;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.RefusedRow;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code synedrio registrations …}: participants' registrations in bulk, and erasing a participant. */
@Command(name = "registrations", mixinStandardHelpOptions = true,
        description = "Participants' registrations: import from and export to CSV, erase a participant's data.",
        subcommands = {RegistrationsCliCommand.ImportCliCommand.class, RegistrationsCliCommand.ExportCliCommand.class,
                RegistrationsCliCommand.EraseCliCommand.class})
public final class RegistrationsCliCommand {

    /** {@code synedrio registrations import EDITION FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Register the participants of a CSV file (UTF-8, with or without BOM; comma or "
                    + "semicolon; Greek or English headers such as Ονοματεπώνυμο, Email, Σχολείο, Ειδικότητα, "
                    + "Βαθμίδα, Συγκατάθεση).",
                    "Every refused row is reported with its line and reason. By default nothing is imported if any "
                            + "row is refused; with --skip-invalid the other rows are imported. A participant "
                            + "already registered (same e-mail) is updated, never duplicated."})
    public static final class ImportCliCommand implements Callable<Integer> {

        private final Provider<ImportRegistrationsFileUseCase> importer;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file")
        Path file;

        @Option(names = "--skip-invalid", description = "Import the valid rows and leave out exactly the refused ones")
        boolean skipInvalid;

        @Inject
        public ImportCliCommand(Provider<ImportRegistrationsFileUseCase> importer) {
            this.importer = importer;
        }

        @Override
        public Integer call() {
            ImportRegistrationsFileReport read;
            long size = sizeOf(file);
            // a bar of the file's bytes read, on a terminal only: the rows are read and written as they go
            try (InputStream raw = DatasetFiles.open(file);
                 Progress progress = Progress.start("registrations import", size);
                 InputStream content = new CountingStream(new java.io.BufferedInputStream(raw, 1 << 16),
                         progress)) {
                read = importer.get().importRegistrationsFile(new ImportRegistrationsFileCommand(edition, content,
                        file.getFileName().toString(), skipInvalid));
            } catch (NoSuchFileException e) {
                throw new RefusedException("cannot read " + file + ": no such file");
            } catch (IOException e) {
                throw new RefusedException("cannot read " + file + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!read.ignoredColumns().isEmpty()) {
                err.println("synedrio: columns left aside (their meaning is not known): "
                        + String.join(", ", read.ignoredColumns()));
            }
            ImportRegistrationsReport report = read.report();
            List<RefusedRow> refused = read.refused();
            if (refused.size() == 1 && !skipInvalid) {
                // one line for one fault (a truncated or damaged file usually has one): the contract of an error
                RefusedRow r = refused.get(0);
                err.println("synedrio: " + file.getFileName() + " line " + r.line() + ": " + r.reason()
                        + "; nothing was imported: correct it, or run again with --skip-invalid to import the other"
                        + " rows");
                return ExitCodes.REFUSED;
            }
            if (!refused.isEmpty() && !skipInvalid) {
                for (RefusedRow r : refused) {
                    err.println("synedrio: " + file.getFileName() + " line " + r.line() + ": " + r.reason());
                }
                err.println("synedrio: nothing was imported: " + refused.size() + " row" + (refused.size() == 1
                        ? " was" : "s were") + " refused; correct " + (refused.size() == 1 ? "it" : "them")
                        + ", or run again with --skip-invalid to import the other rows");
                return ExitCodes.REFUSED;
            }
            for (RefusedRow r : refused) {
                err.println("synedrio: refused " + file.getFileName() + " line " + r.line() + ": " + r.reason());
            }
            out.println("imported " + file.getFileName() + " into edition " + edition + ": " + report.created()
                    + " created, " + report.updated() + " updated, " + report.unchanged() + " unchanged, "
                    + refused.size() + " refused");
            return ExitCodes.OK;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // refused with its reason when opened
        }
    }

    /** The bytes read so far, shown on the progress bar (stepped every 64 KiB: the bar costs nothing per row). */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final Progress progress;
        private long pending;

        CountingStream(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            pending += n;
            if (pending >= 1 << 16) {
                progress.stepBy(pending);
                pending = 0;
            }
        }
    }

    /** {@code synedrio registrations export EDITION}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the edition's registrations as CSV in UTF-8 with a byte-order mark, so that "
                    + "Excel shows Greek; one line per participant with their booked and waiting workshops.",
                    "Personal data: keep the file safe."})
    public static final class ExportCliCommand implements Callable<Integer> {

        private final Provider<ExportRegistrationsUseCase> list;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION")
        int edition;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout")
        Path output;

        @Option(names = "--separator", defaultValue = ";", paramLabel = "CHAR",
                description = "';' (default: what Excel expects in Greek and most European locales) or ','")
        String separator;

        @Inject
        public ExportCliCommand(Provider<ExportRegistrationsUseCase> list) {
            this.list = list;
        }

        @Override
        public Integer call() {
            if (!separator.equals(";") && !separator.equals(",")) {
                throw new UsageException("--separator '" + separator + "' is neither ';' nor ','");
            }
            if (output == null) {
                // streamed: each line is written as its registration is read from the database
                PrintWriter out = spec.commandLine().getOut();
                list.get().exportRegistrations(edition, separator.charAt(0), out);
                out.flush();
                return ExitCodes.OK;
            }
            int written;
            try (java.io.Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                written = list.get().exportRegistrations(edition, separator.charAt(0), new UncheckedAppendable(file));
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new RefusedException("cannot write " + output + ": " + (e.getCause() != null
                        && e instanceof java.io.UncheckedIOException ? e.getCause().getMessage() : e.getMessage()));
            }
            spec.commandLine().getOut().println("wrote " + written + " registration"
                    + (written == 1 ? "" : "s") + " of edition " + edition + " to " + output);
            return ExitCodes.OK;
        }
    }

    /** A writer whose failures are unchecked, so that the use case's {@code Appendable} can carry them out. */
    private record UncheckedAppendable(java.io.Writer writer) implements Appendable {
        @Override
        public Appendable append(CharSequence s) {
            try {
                writer.append(s);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public Appendable append(CharSequence s, int start, int end) {
            return append(s.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }
    }

    /** {@code synedrio registrations erase EMAIL}. */
    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = {"Remove a participant's personal data everywhere: name, e-mail, school, specialty and "
                    + "confirmation code of their registrations (of every edition, or of --edition).",
                    "Their confirmed seats stay counted, anonymously; their waiting-list places are given up."})
    public static final class EraseCliCommand implements Callable<Integer> {

        private final Provider<EraseParticipantUseCase> erase;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--edition", paramLabel = "N", description = "Only this edition's registration")
        Integer edition;

        @Inject
        public EraseCliCommand(Provider<EraseParticipantUseCase> erase) {
            this.erase = erase;
        }

        @Override
        public Integer call() {
            ErasureReport r = erase.get().erase(new EraseParticipantCommand(email, edition));
            spec.commandLine().getOut().println("erased " + r.registrationsErased() + " registration"
                    + (r.registrationsErased() == 1 ? "" : "s") + ": " + r.seatsKeptAnonymously()
                    + " confirmed seat(s) kept anonymously, " + r.waitingPlacesGivenUp()
                    + " waiting place(s) given up");
            return ExitCodes.OK;
        }
    }
}
