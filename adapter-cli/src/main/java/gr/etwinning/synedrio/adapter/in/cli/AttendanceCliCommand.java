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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code synedrio attendance …}: attendance from the meeting platforms' exports, and its counts. */
@Command(name = "attendance", mixinStandardHelpOptions = true,
        description = {"Attendance from the meeting platforms: import a Zoom, Zoom webinar, Teams, Webex or",
                "BigBlueButton export for a session or contribution, and show the counts (docs/attendance.md)."},
        subcommands = {AttendanceCliCommand.ImportCliCommand.class, AttendanceCliCommand.ShowCliCommand.class})
public final class AttendanceCliCommand {

    /** {@code synedrio attendance import EDITION FILE --for ID …}, or {@code … EDITION --manifest LIST}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import one meeting's attendance export for the session or contribution it carried, all",
                    "or nothing. The platform, encoding and separator are found from the file; importing the",
                    "same file again for the same id replaces its rows. With --manifest, import many: a list",
                    "with a header line naming the columns file and for (and, if wanted, platform and",
                    "timezone), comma- or tab-separated, the files' paths relative to the list; each file",
                    "all or nothing, read while the one before is written; the first that fails stops the run."})
    public static final class ImportCliCommand implements Callable<Integer> {

        private final Provider<ImportAttendanceUseCase> importAttendance;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EDITION", description = "Edition number, e.g. 7")
        int edition;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE",
                description = "The platform's export (CSV or tab-separated)")
        Path file;

        @Option(names = "--for", paramLabel = "ID",
                description = "The session or contribution the meeting carried, e.g. d2-workshop-01")
        String target;

        @Option(names = "--manifest", paramLabel = "LIST",
                description = "A list of exports to import in its order (columns file, for, platform, timezone)")
        Path manifest;

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
            if (manifest != null) {
                if (file != null || target != null) {
                    throw new UsageException("give either FILE with --for ID, or --manifest LIST, not both");
                }
                return importManifest();
            }
            if (file == null || target == null) {
                throw new UsageException(file == null ? "missing FILE (or --manifest LIST)"
                        : "missing --for ID: the session or contribution the meeting carried");
            }
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

        private Integer importManifest() throws IOException {
            List<AttendanceManifest.Entry> entries = AttendanceManifest.read(manifest, platform, timezone);
            List<String> unknown = importAttendance.get().unknownTargets(edition,
                    entries.stream().map(AttendanceManifest.Entry::target).toList());
            if (!unknown.isEmpty()) {
                List<String> wrong = new java.util.ArrayList<>();
                for (AttendanceManifest.Entry e : entries) {
                    if (unknown.contains(e.target())) {
                        wrong.add("line " + e.line() + ": edition " + edition + " has no session or contribution '"
                                + e.target() + "'");
                    }
                }
                throw new RefusedException(manifest.getFileName() + ": nothing was imported; " + wrong.size()
                        + (wrong.size() == 1 ? " line is" : " lines are") + " wrong:\n  " + String.join("\n  ", wrong)
                        + "\n('synedrio program show " + edition + "' lists the ids)");
            }
            long total = 0;
            for (AttendanceManifest.Entry e : entries) {
                total += e.size();
            }
            PrintWriter out = spec.commandLine().getOut();
            long[] done = {0, 0, 0};
            int[] at = {0};
            try (Progress progress = Progress.bytes("import " + entries.size() + " files", total)) {
                List<ImportAttendanceUseCase.AttendanceFile> files = new java.util.ArrayList<>();
                for (AttendanceManifest.Entry e : entries) {
                    files.add(() -> {
                        InputStream in;
                        try {
                            in = Files.newInputStream(e.file());
                        } catch (NoSuchFileException gone) {
                            throw new RefusedException("no file " + e.file() + " any more");
                        }
                        return new ImportAttendanceCommand(edition, e.target(), e.file().getFileName().toString(),
                                progress.counting(new BufferedInputStream(in, 1 << 16)), e.platform(), columns,
                                e.timezone());
                    });
                }
                importAttendance.get().importAll(files, report -> {
                    AttendanceManifest.Entry e = entries.get(at[0]++);
                    done[0] += report.rowsRead();
                    done[1] += report.persons();
                    done[2] += report.unregistered();
                    out.println(String.format("%-28s %-12s %8d rows %7d persons (e-mail %d, name %d, "
                                    + "unregistered %d, staff rows %d)%s  %s", report.target(), report.platform(),
                            report.rowsRead(), report.persons(), report.matchedByEmail(), report.matchedByName(),
                            report.unregistered(), report.staffRowsIgnored(), report.replaced() ? " replaced" : "",
                            e.file().getFileName()));
                    out.flush();
                });
            } catch (IOException | RuntimeException failed) {
                AttendanceManifest.Entry e = entries.get(Math.min(at[0], entries.size() - 1));
                String where = e.file().getFileName() + " (for " + e.target() + ", line " + e.line() + " of "
                        + manifest.getFileName() + ", file " + (at[0] + 1) + " of " + entries.size() + ")";
                String after = at[0] == 0 ? "; no file was imported"
                        : "; the " + at[0] + " files before it were imported (importing the list again replaces "
                        + "them), the rest were not";
                if (Cli.exitCode(failed) == ExitCodes.REFUSED) {
                    throw new RefusedException(where + ": " + Cli.message(failed) + after);
                }
                spec.commandLine().getErr().println("synedrio: stopped at " + where + after);
                throw failed;
            }
            out.println("imported " + entries.size() + " files: " + done[0] + " rows, " + done[1]
                    + " persons in their sessions, of whom " + done[2] + " unregistered");
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
