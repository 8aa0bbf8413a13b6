package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase.EvaluationImportReport;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase.ImportEvaluationsCommand;
import gr.etwinning.synedrio.application.port.in.evaluation.ImportEvaluationsUseCase.QuestionData;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase.EvaluationSummary;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase.QuestionSummaryData;
import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code synedrio evaluations …}: the evaluation survey's answers imported, and summed up. */
@Command(name = "evaluations", mixinStandardHelpOptions = true,
        description = "The evaluation survey: import a Google Forms or Microsoft Forms export, sum it up.",
        subcommands = {EvaluationsCliCommand.ImportCliCommand.class, EvaluationsCliCommand.SummaryCliCommand.class})
public final class EvaluationsCliCommand {

    /** {@code synedrio evaluations import EDITION FILE [--format …] [--question "TEXT=likert"]…}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a survey export, all or nothing: each question's answers counted, free-text"
                    + " answers recorded as evaluation comments (choose them with 'comments select').",
                "Importing the same file again changes nothing; a response already stored (same time and e-mail)"
                    + " is not stored twice."})
    public static final class ImportCliCommand implements Callable<Integer> {

        private final Provider<ImportEvaluationsUseCase> importer;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", paramLabel = "FILE", description = "Google Forms .csv, Microsoft Forms .xlsx or"
                + " .csv, as downloaded")
        Path file;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
                description = "auto (default), google-csv, ms-forms-xlsx or ms-forms-csv")
        String format;

        @Option(names = "--question", paramLabel = "TEXT=TYPE",
                description = "A question's type when its answers suggest another: likert, choice, checkbox or"
                        + " text (repeatable), e.g. --question \"Σχόλια=text\"")
        List<String> questions;

        @Inject
        public ImportCliCommand(Provider<ImportEvaluationsUseCase> importer) {
            this.importer = importer;
        }

        @Override
        public Integer call() {
            SurveyFormat f;
            try {
                f = SurveyFormat.of(format);
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Map<String, String> types = new LinkedHashMap<>();
            for (String q : questions == null ? List.<String>of() : questions) {
                int eq = q.lastIndexOf('=');
                if (eq <= 0 || eq == q.length() - 1) {
                    throw new ParameterException(spec.commandLine(), "--question wants TEXT=TYPE, e.g."
                            + " \"Σχόλια=text\", not '" + q + "'");
                }
                types.put(q.substring(0, eq).strip(), q.substring(eq + 1).strip());
            }
            EvaluationImportReport r;
            try (Progress progress = Progress.bytes("read " + file.getFileName(), Files.size(file));
                 InputStream in = progress.counting(Files.newInputStream(file))) {
                r = importer.get().importEvaluations(new ImportEvaluationsCommand(edition,
                        file.getFileName().toString(), in, f, types));
            } catch (NoSuchFileException e) {
                throw new RefusedException("cannot read " + file + ": no such file");
            } catch (IOException e) {
                throw new RefusedException("cannot read " + file + ": " + e.getMessage());
            } catch (gr.etwinning.synedrio.domain.InvalidValueException e) {
                throw new RefusedException(file.getFileName() + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("read " + file.getFileName() + " as " + r.format() + ": " + r.rows() + " response"
                    + (r.rows() == 1 ? "" : "s"));
            out.println("added " + r.added() + "; already stored " + r.alreadyStored() + "; copies within the file "
                    + r.duplicatesInFile() + "; from registered participants " + r.registered());
            out.println(r.questions().size() + " question" + (r.questions().size() == 1 ? "" : "s") + ":");
            for (QuestionData q : r.questions()) {
                out.println(String.format("%3d  %-8s  %s%s", q.number(), q.type(), q.text(), describe(q)));
            }
            out.println(r.commentsAdded() + " free-text answer" + (r.commentsAdded() == 1 ? "" : "s")
                    + " recorded as comments" + (r.commentsAdded() > 0 ? "; choose the report's with 'synedrio"
                    + " comments select " + edition + " NUMBER…'" : ""));
            return ExitCodes.OK;
        }

        private static String describe(QuestionData q) {
            return switch (q.type()) {
                case "likert" -> "  (" + q.options().get(0) + " … " + q.options().get(q.options().size() - 1) + ")";
                case "choice", "checkbox" -> "  (" + q.options().size() + " options)";
                default -> "";
            };
        }
    }

    /** {@code synedrio evaluations summary EDITION [--json]}. */
    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = "Responses, and per question the counts per answer (a scale in its order), shares, and"
                    + " for a Likert scale the mean and median.")
    public static final class SummaryCliCommand implements Callable<Integer> {

        private final Provider<SummariseEvaluationsUseCase> summary;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--json", description = "Print JSON, as the API returns it")
        boolean json;

        @Inject
        public SummaryCliCommand(Provider<SummariseEvaluationsUseCase> summary) {
            this.summary = summary;
        }

        @Override
        public Integer call() {
            EvaluationSummary s = summary.get().summariseEvaluations(edition);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.write(s.document()));
                return ExitCodes.OK;
            }
            out.println("edition " + edition + ": " + s.responses() + " response" + (s.responses() == 1 ? "" : "s")
                    + (s.registered() > 0 ? ", " + s.registered() + " of them from registered participants" : ""));
            for (QuestionSummaryData q : s.questions()) {
                out.println();
                out.println(q.number() + ". " + q.text() + "  [" + q.type() + ", " + q.answered() + " answered]");
                int width = q.counts().keySet().stream().mapToInt(String::length).max().orElse(0);
                q.counts().forEach((label, n) -> out.println(String.format(Locale.ROOT, "   %-" + Math.max(1, width)
                        + "s  %6d  %5.1f%%", label, n, q.percentages().get(label))));
                if (q.mean() != null) {
                    out.println(String.format(Locale.ROOT, "   mean %.2f, median %s", q.mean(), q.median()));
                }
                if (q.type().equals("text")) {
                    out.println("   the answers are evaluation comments: 'synedrio comments list " + edition + "'");
                }
            }
            return ExitCodes.OK;
        }
    }
}
