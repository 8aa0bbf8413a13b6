package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.AmbiguousName;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.AttendanceImportReport;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.ImportAttendanceCommand;
import gr.etwinning.synedrio.application.port.in.attendance.ShowAttendanceUseCase;
import gr.etwinning.synedrio.application.port.in.attendance.ShowAttendanceUseCase.AttendanceOverview;
import gr.etwinning.synedrio.application.port.in.attendance.ShowAttendanceUseCase.SessionAttendance;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code synedrio attendance …}: attendance from the meeting platforms' exports, and its counts. */
@Command(name = "attendance", mixinStandardHelpOptions = true,
        description = {"Attendance from the meeting platforms: import a Zoom, Zoom webinar, Teams, Webex or",
                "BigBlueButton export for a session or contribution, and show the counts (docs/attendance.md)."},
        subcommands = {AttendanceCliCommand.ImportCliCommand.class, AttendanceCliCommand.ShowCliCommand.class})
public final class AttendanceCliCommand {

    /** {@code synedrio attendance import EDITION FILE --for ID …}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import one meeting's attendance export for the session or contribution it carried, all",
                    "or nothing. The platform, encoding and separator are found from the file; importing the",
                    "same file again for the same id replaces its rows."})
    public static final class ImportCliCommand implements Callable<Integer> {

        private final Provider<ImportAttendanceUseCase> importAttendance;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", paramLabel = "FILE", description = "The platform's export (CSV or tab-separated)")
        Path file;

        @Option(names = "--for", required = true, paramLabel = "ID",
                description = "The session or contribution the meeting carried, e.g. d2-workshop-01")
        String target;

        @Option(names = "--platform", paramLabel = "PLATFORM", defaultValue = "auto",
                description = "auto (default), zoom, zoom-webinar, teams, webex or bbb")
        String platform;

        @Option(names = "--columns", paramLabel = "MAPPING", split = ",",
                description = "Headers of a layout or language not known: name=…,email=…,join=…,leave=… "
                        + "(also duration, role)")
        Map<String, String> columns;

        @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "Europe/Athens",
                description = "The zone the export's times are written in (default Europe/Athens)")
        String timezone;

        @Inject
        public ImportCliCommand(Provider<ImportAttendanceUseCase> importAttendance) {
            this.importAttendance = importAttendance;
        }

        @Override
        public Integer call() throws IOException {
            long size;
            try {
                size = Files.size(file);
            } catch (NoSuchFileException e) {
                throw new RefusedException("no file " + file);
            }
            AttendanceImportReport report;
            try (Progress progress = Progress.bytes("import " + file.getFileName(), size);
                 InputStream in = progress.counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                report = importAttendance.get().importAttendance(new ImportAttendanceCommand(edition, target,
                        file.getFileName().toString(), in, platform, columns, timezone));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("attendance of " + report.target() + " (" + report.kind() + ", " + report.day()
                    + ") imported from " + file.getFileName() + (report.replaced()
                    ? "; the same file had been imported before and its rows were replaced" : ""));
            out.println("platform:           " + report.platform());
            out.println("rows read:          " + report.rowsRead());
            out.println("persons:            " + report.persons());
            out.println("matched by e-mail:  " + report.matchedByEmail());
            out.println("matched by name:    " + report.matchedByName());
            out.println("unregistered:       " + report.unregistered());
            out.println("staff rows ignored: " + report.staffRowsIgnored());
            if (report.absentRowsIgnored() > 0) {
                out.println("registered, absent: " + report.absentRowsIgnored());
            }
            out.println("person-minutes:     " + report.personMinutes());
            for (AmbiguousName a : report.ambiguousNames()) {
                out.println("name shared by " + a.registrations() + " registrations, not matched: " + a.name());
            }
            return ExitCodes.OK;
        }

    }

    /** {@code synedrio attendance show EDITION [--json]}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Per imported session or contribution: participants, registered participants,",
                    "person-minutes; then unique participants overall, per kind and per day."})
    public static final class ShowCliCommand implements Callable<Integer> {

        private final Provider<ShowAttendanceUseCase> show;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Option(names = "--json", description = "As the API returns it")
        boolean json;

        @Inject
        public ShowCliCommand(Provider<ShowAttendanceUseCase> show) {
            this.show = show;
        }

        @Override
        public Integer call() throws Exception {
            AttendanceOverview o = show.get().showAttendance(edition);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DatasetFiles.MAPPER.writeValueAsString(o));
                return ExitCodes.OK;
            }
            if (o.sessions().isEmpty()) {
                out.println("edition " + edition + " has no attendance yet; import a platform's export with "
                        + "'synedrio attendance import " + edition + " FILE --for ID'");
                return ExitCodes.OK;
            }
            out.println(String.format("%-28s  %-16s  %-10s  %12s  %10s  %14s  %5s", "SESSION", "KIND", "DAY",
                    "PARTICIPANTS", "REGISTERED", "PERSON-MINUTES", "FILES"));
            for (Map.Entry<String, SessionAttendance> e : o.sessions().entrySet()) {
                SessionAttendance s = e.getValue();
                out.println(String.format("%-28s  %-16s  %-10s  %12d  %10d  %14d  %5d", e.getKey(), s.kind(), s.day(),
                        s.participants(), s.registered(), s.personMinutes(), s.files()));
            }
            out.println();
            out.println("unique participants: " + o.uniqueParticipants() + " (from " + o.files()
                    + " attendance files)");
            o.uniqueByKind().forEach((kind, n) -> out.println("unique in " + kind + ": " + n));
            o.uniqueByDay().forEach((day, n) -> out.println("unique on " + day + ": " + n));
            return ExitCodes.OK;
        }
    }
}
