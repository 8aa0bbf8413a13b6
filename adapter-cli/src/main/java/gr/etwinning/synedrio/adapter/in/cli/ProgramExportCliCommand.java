package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase.ExportScheduleQuery;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase.ScheduleFile;
import gr.etwinning.synedrio.application.port.in.schedule.ScheduleFormat;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code synedrio program export EDITION --format frab-xml|schedule-json|schedule-json2|ical [--output FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export an edition's programme as schedule.xml (frab-xml), schedule.json (schedule-json), "
                + "schedule.json 2.0 as the 38C3 hub writes it (schedule-json2) or iCalendar (ical), for conference "
                + "apps, pretalx, frab and calendars.",
                "Exporting twice gives identical files. See docs/schedule-formats.md."})
public final class ProgramExportCliCommand implements Callable<Integer> {

    private final Provider<ExportScheduleUseCase> export;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
    int edition;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "frab-xml, schedule-json, schedule-json2 or ical")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:SYNEDRIO_PUBLIC_URL:-http://127.0.0.1:7070}",
            description = "Where the public programme page is served; events link to it (env SYNEDRIO_PUBLIC_URL, "
                    + "default http://127.0.0.1:7070)")
    String baseUrl;

    @Inject
    public ProgramExportCliCommand(Provider<ExportScheduleUseCase> export) {
        this.export = export;
    }

    @Override
    public Integer call() {
        ScheduleFormat chosen;
        try {
            chosen = ScheduleFormat.of(format);
        } catch (gr.etwinning.synedrio.domain.InvalidValueException e) {
            throw new UsageException("--format " + e.getMessage());
        }
        ScheduleFile file = export.get().exportSchedule(new ExportScheduleQuery(edition, chosen, baseUrl));
        if (output == null) {
            spec.commandLine().getOut().print(file.content());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(output, file.content(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RefusedException("cannot write " + output + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("exported edition " + edition + " as " + file.fileName() + " to "
                + output);
        return ExitCodes.OK;
    }
}
