package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase;
import gr.etwinning.synedrio.application.port.in.report.GenerateReportUseCase.ReportQuery;
import gr.etwinning.synedrio.application.port.in.report.ReportData;
import gr.etwinning.synedrio.application.port.in.report.ReportFormat;
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
import java.util.concurrent.Callable;

/** {@code synedrio report EDITION [--format md|html] [--output FILE] [--template FILE]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The edition's summary report, as the press release writes it, from the programme, the",
                "contest, the recorded figures and the chosen comments. A figure that is missing shows as",
                "[λείπει: key] and is named on stderr. See docs/report.md."})
public final class ReportCliCommand implements Callable<Integer> {

    private final Provider<GenerateReportUseCase> report;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
    int edition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md (default) or html")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path output;

    @Option(names = "--template", paramLabel = "FILE",
            description = "A Mustache template to use instead of the configured one (env SYNEDRIO_TEMPLATES)")
    Path template;

    @Inject
    public ReportCliCommand(Provider<GenerateReportUseCase> report) {
        this.report = report;
    }

    @Override
    public Integer call() {
        ReportFormat f = ReportFormat.of(format);
        String text = template == null ? null : DatasetFiles.readText(template);
        ReportData r = report.get().generateReport(new ReportQuery(edition, f, text,
                template == null ? null : template.toString()));
        PrintWriter err = spec.commandLine().getErr();
        for (String key : r.missing()) {
            err.println("synedrio: warning: the report of edition " + edition + " lacks '" + key + "'"
                    + hint(key));
        }
        err.flush();
        if (output == null) {
            spec.commandLine().getOut().print(r.content());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(output, r.content(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RefusedException("cannot write " + output + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("wrote the report of edition " + edition + " (" + f.name()
                .toLowerCase(java.util.Locale.ROOT) + ") to " + output + (r.missing().isEmpty() ? ""
                : "; " + r.missing().size() + " figure(s) missing"));
        return ExitCodes.OK;
    }

    private String hint(String key) {
        if (key.equals("programme")) {
            return " (import or PUT the programme)";
        }
        if (key.equals("contest")) {
            return " (import the contest it presented)";
        }
        if (key.contains(".programme") || key.startsWith("edition")) {
            return "";
        }
        return " (record it with 'synedrio figures set " + edition + " " + key + " VALUE')";
    }
}
