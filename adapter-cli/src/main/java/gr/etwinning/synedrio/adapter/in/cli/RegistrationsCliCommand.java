package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.EraseParticipantCommand;
import gr.etwinning.synedrio.application.port.in.registration.EraseParticipantUseCase.ErasureReport;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsCommand;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.ImportRegistrationsReport;
import gr.etwinning.synedrio.application.port.in.registration.ImportRegistrationsUseCase.RefusedRow;
import gr.etwinning.synedrio.application.port.in.registration.ListRegistrationsUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

        private final Provider<ImportRegistrationsUseCase> importer;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION")
        int edition;

        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file")
        Path file;

        @Option(names = "--skip-invalid", description = "Import the valid rows and leave out exactly the refused ones")
        boolean skipInvalid;

        @Inject
        public ImportCliCommand(Provider<ImportRegistrationsUseCase> importer) {
            this.importer = importer;
        }

        @Override
        public Integer call() {
            byte[] bytes = DatasetFiles.readBytes(file);
            String text = Csv.decode(bytes);
            if (text == null) {
                throw new RefusedException(file + " is not UTF-8 text; in Excel save it as 'CSV UTF-8 (Comma "
                        + "delimited)' and try again");
            }
            RegistrationCsv.Parsed parsed;
            try {
                parsed = RegistrationCsv.parse(text, file.getFileName().toString());
            } catch (RefusedException e) {
                throw new RefusedException(e.getMessage().startsWith("line ") ? file.getFileName() + ": "
                        + e.getMessage() : e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!parsed.ignoredColumns().isEmpty()) {
                err.println("synedrio: columns left aside (their meaning is not known): "
                        + String.join(", ", parsed.ignoredColumns()));
            }
            ImportRegistrationsReport report = importer.get().importRegistrations(
                    new ImportRegistrationsCommand(edition, parsed.rows(), skipInvalid,
                            !skipInvalid && !parsed.refused().isEmpty()));
            // Rows refused while reading the file count like rows the use case refuses: without --skip-invalid,
            // nothing is written if there is any, and every row is still checked so that all are reported.
            List<RefusedRow> refused = new ArrayList<>(parsed.refused());
            refused.addAll(report.refused());
            refused.sort(Comparator.comparingInt(RefusedRow::line));
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

    /** {@code synedrio registrations export EDITION}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the edition's registrations as CSV in UTF-8 with a byte-order mark, so that "
                    + "Excel shows Greek; one line per participant with their booked and waiting workshops.",
                    "Personal data: keep the file safe."})
    public static final class ExportCliCommand implements Callable<Integer> {

        private final Provider<ListRegistrationsUseCase> list;

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
        public ExportCliCommand(Provider<ListRegistrationsUseCase> list) {
            this.list = list;
        }

        @Override
        public Integer call() {
            if (!separator.equals(";") && !separator.equals(",")) {
                throw new RefusedException("separator '" + separator + "' is neither ';' nor ','");
            }
            var registrations = list.get().listRegistrations(edition);
            String csv = RegistrationCsv.write(registrations, separator.charAt(0));
            if (output == null) {
                spec.commandLine().getOut().print(csv);
                return ExitCodes.OK;
            }
            try {
                Files.writeString(output, csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RefusedException("cannot write " + output + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("wrote " + registrations.size() + " registration"
                    + (registrations.size() == 1 ? "" : "s") + " of edition " + edition + " to " + output);
            return ExitCodes.OK;
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
