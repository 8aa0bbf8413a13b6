package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase.BuildVolumeCommand;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase.MissingPart;
import gr.etwinning.synedrio.application.port.in.proceedings.BuildVolumeUseCase.VolumeReport;
import gr.etwinning.synedrio.application.port.in.proceedings.ExportSpecialIssueUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.ExportSpecialIssueUseCase.ExportReport;
import gr.etwinning.synedrio.application.port.in.proceedings.SelectPapersUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.SelectPapersUseCase.Selection;
import gr.etwinning.synedrio.application.port.in.proceedings.SetIsbnUseCase;
import gr.etwinning.synedrio.application.port.in.proceedings.SetIsbnUseCase.IsbnData;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code synedrio proceedings …}: the volume with its ISBN, and the e-journal's special issue. */
@Command(name = "proceedings", mixinStandardHelpOptions = true,
        description = {"The proceedings: the volume's ISBN, the volume as PDF, and the papers",
                "chosen for the e-journal's special issue with their export."},
        subcommands = {ProceedingsCliCommand.IsbnCliCommand.class, ProceedingsCliCommand.BuildCliCommand.class,
                ProceedingsCliCommand.SelectCliCommand.class, ProceedingsCliCommand.UnselectCliCommand.class,
                ProceedingsCliCommand.ExportCliCommand.class})
public final class ProceedingsCliCommand {

    /** Writes through a temporary file beside the target, moved into place only when complete. */
    static void writeFile(Path output, IoWork work) throws IOException {
        Path tmp = CertificatesCliCommand.temporaryBeside(output);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                work.write(out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    interface IoWork {
        void write(OutputStream out) throws IOException;
    }

    /** {@code synedrio proceedings isbn EDITION [ISBN]}. */
    @Command(name = "isbn", mixinStandardHelpOptions = true,
            description = {"Set (or, without ISBN, show) the volume's ISBN.",
                    "ISBN-13, or ISBN-10 (converted), checked by its check digit and hyphenated",
                    "(Greek groups 978-960 and 978-618). Once per edition: another ISBN for an",
                    "edition that has one, or one another edition carries, is refused."})
    public static final class IsbnCliCommand implements Callable<Integer> {

        private final Provider<SetIsbnUseCase> isbns;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", paramLabel = "ISBN", arity = "0..1",
                description = "e.g. 978-618-5895-00-6 (hyphens and spaces as you like)")
        String isbn;

        @Inject
        public IsbnCliCommand(Provider<SetIsbnUseCase> isbns) {
            this.isbns = isbns;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (isbn == null) {
                IsbnData d = isbns.get().isbn(edition);
                out.println(d == null ? "edition " + edition + " has no ISBN yet"
                        : "edition " + edition + ": ISBN " + d.hyphenated());
                return ExitCodes.OK;
            }
            IsbnData d = isbns.get().setIsbn(edition, isbn);
            out.println("edition " + edition + ": ISBN " + d.hyphenated() + (d.unchanged() ? " (already set)"
                    : " stored") + (d.fromIsbn10() ? ", converted from the ISBN-10 " + isbn.strip() : ""));
            if (!d.hyphenation()) {
                spec.commandLine().getErr().println("synedrio: warning: " + d.compact() + " is of a registration "
                        + "group whose ranges Synedrio does not know (only 978-960 and 978-618); it is printed "
                        + "unhyphenated");
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio proceedings build EDITION --output FILE.pdf}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Write the proceedings volume as PDF.",
                    "Title and copyright pages (ISBN, edition data), contents with page numbers,",
                    "the papers by session (primary, secondary, workshops, then the others),",
                    "each from a new page with its full text merged (else its abstract), the",
                    "author index, and what is missing. Untitled contributions are listed as",
                    "missing, never printed with a made-up title."})
    public static final class BuildCliCommand implements Callable<Integer> {

        private final Provider<BuildVolumeUseCase> build;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--output", paramLabel = "FILE.pdf", required = true, description = "The PDF to write")
        Path output;

        @Option(names = "--editors", paramLabel = "NAMES", split = ",",
                description = "The editors as they should be printed, separated by commas")
        List<String> editors;

        @Option(names = "--cover", paramLabel = "IMAGE", description = "A PNG or JPEG for the title page")
        Path cover;

        @Inject
        public BuildCliCommand(Provider<BuildVolumeUseCase> build) {
            this.build = build;
        }

        @Override
        public Integer call() throws IOException {
            byte[] image = null;
            if (cover != null) {
                if (!Files.isRegularFile(cover)) {
                    throw new RefusedException("the cover " + cover + " is not a file");
                }
                image = Files.readAllBytes(cover);
            }
            List<String> names = editors == null ? List.of()
                    : editors.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            VolumeReport[] report = new VolumeReport[1];
            Progress[] progress = new Progress[1];
            byte[] coverImage = image;
            try {
                writeFile(output, out -> report[0] = build.get().build(new BuildVolumeCommand(edition, names,
                        coverImage), out, new BuildVolumeUseCase.Listener() {
                            @Override
                            public void starting(int papers) {
                                progress[0] = Progress.start("proceedings", papers);
                            }

                            @Override
                            public void paperDone() {
                                progress[0].step();
                            }
                        }));
            } finally {
                if (progress[0] != null) {
                    progress[0].close();
                }
            }
            VolumeReport r = report[0];
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote the proceedings of edition " + edition + " to " + output + ": " + r.pages()
                    + " page(s), " + r.papers() + " paper(s), " + r.merged() + " full text(s) merged");
            out.println(r.isbn() == null ? "ISBN: none yet (synedrio proceedings isbn " + edition + " ISBN)"
                    : "ISBN " + r.isbn());
            if (!r.untitled().isEmpty()) {
                out.println("untitled, listed as missing and not printed (" + r.untitled().size() + "): "
                        + String.join(", ", r.untitled()));
            }
            List<MissingPart> printed = r.missing().stream().filter(m -> !r.untitled().contains(m.contribution()))
                    .toList();
            if (!printed.isEmpty()) {
                out.println("printed with parts missing (" + printed.size() + "):");
                for (MissingPart m : printed) {
                    out.println("  " + m.contribution() + " (" + m.session() + "): " + m.what());
                }
            }
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio proceedings select EDITION CONTRIBUTION…}. */
    @Command(name = "select", mixinStandardHelpOptions = true,
            description = {"Choose papers for the e-journal's special issue, all or nothing.",
                    "Without CONTRIBUTION, list those chosen."})
    public static final class SelectCliCommand implements Callable<Integer> {

        private final Provider<SelectPapersUseCase> select;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1..*", paramLabel = "CONTRIBUTION", arity = "0..*",
                description = "Contribution ids, e.g. d2-primary-07")
        List<String> contributions;

        @Inject
        public SelectCliCommand(Provider<SelectPapersUseCase> select) {
            this.select = select;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (contributions == null || contributions.isEmpty()) {
                List<String> chosen = select.get().selected(edition);
                out.println(chosen.size() + " paper(s) of edition " + edition + " chosen for the special issue"
                        + (chosen.isEmpty() ? "" : ": " + String.join(", ", chosen)));
                return ExitCodes.OK;
            }
            Selection s = select.get().select(edition, contributions);
            out.println("chosen now: " + s.changed().size() + (s.unchanged().isEmpty() ? ""
                    : ", chosen already: " + s.unchanged().size()) + "; " + s.selected().size()
                    + " paper(s) of edition " + edition + " chosen for the special issue: "
                    + String.join(", ", s.selected()));
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio proceedings unselect EDITION CONTRIBUTION…}. */
    @Command(name = "unselect", mixinStandardHelpOptions = true,
            description = "Take papers out of the special issue's choice, all or nothing.")
    public static final class UnselectCliCommand implements Callable<Integer> {

        private final Provider<SelectPapersUseCase> select;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1..*", paramLabel = "CONTRIBUTION", arity = "1..*", description = "Contribution ids")
        List<String> contributions;

        @Inject
        public UnselectCliCommand(Provider<SelectPapersUseCase> select) {
            this.select = select;
        }

        @Override
        public Integer call() {
            Selection s = select.get().unselect(edition, contributions);
            spec.commandLine().getOut().println("taken out: " + s.changed().size() + "; " + s.selected().size()
                    + " paper(s) of edition " + edition + " chosen for the special issue");
            return ExitCodes.OK;
        }
    }

    /** {@code synedrio proceedings export EDITION --selected --format csv|json|zip}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export what the e-journal needs of the papers.",
                    "The chosen papers (--selected; without it, every paper of the volume):",
                    "metadata as CSV or JSON, or a ZIP with both and the papers' PDFs",
                    "(papers/ID.pdf). Parts a paper lacks are empty and named on stderr."})
    public static final class ExportCliCommand implements Callable<Integer> {

        private final Provider<ExportSpecialIssueUseCase> export;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--selected", description = "Only the papers chosen for the special issue")
        boolean selected;

        @Option(names = "--format", paramLabel = "csv|json|zip", required = true, description = "csv, json or zip")
        String format;

        @Option(names = "--output", paramLabel = "FILE",
                description = "Write to FILE (required for zip); csv and json go to standard output without it")
        Path output;

        @Inject
        public ExportCliCommand(Provider<ExportSpecialIssueUseCase> export) {
            this.export = export;
        }

        @Override
        public Integer call() throws IOException {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("csv", "json", "zip").contains(f)) {
                throw new UsageException("--format '" + format + "' is none of csv, json, zip");
            }
            if (f.equals("zip") && output == null) {
                throw new UsageException("--format zip needs --output FILE.zip");
            }
            ExportSpecialIssueUseCase use = export.get();
            ExportReport[] r = new ExportReport[1];
            if (output == null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                r[0] = run(use, f, buffer);
                String text = buffer.toString(StandardCharsets.UTF_8);
                spec.commandLine().getOut().print(text.startsWith("\uFEFF") ? text.substring(1) : text);
                spec.commandLine().getOut().flush();
            } else {
                writeFile(output, out -> r[0] = run(use, f, out));
                spec.commandLine().getOut().println("wrote " + r[0].articles() + " paper(s) of edition " + edition
                        + (f.equals("zip") ? " with " + r[0].files() + " full text(s)" : "") + " to " + output);
            }
            PrintWriter err = spec.commandLine().getErr();
            for (String m : r[0].missing()) {
                err.println("synedrio: warning: " + m);
            }
            err.flush();
            return ExitCodes.OK;
        }

        private ExportReport run(ExportSpecialIssueUseCase use, String f, OutputStream out) throws IOException {
            return use.export(edition, f, selected, out);
        }
    }
}
