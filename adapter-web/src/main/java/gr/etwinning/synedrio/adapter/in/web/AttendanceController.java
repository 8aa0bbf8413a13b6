package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.AttendanceImportReport;
import gr.etwinning.synedrio.application.port.in.attendance.ImportAttendanceUseCase.ImportAttendanceCommand;
import gr.etwinning.synedrio.application.port.in.attendance.ShowAttendanceUseCase;
import gr.etwinning.synedrio.application.port.in.attendance.ShowAttendanceUseCase.AttendanceOverview;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attendance from the meeting platforms: an operator uploads an export for a session or contribution (the file is
 * the body; its platform and encoding are found from it), and anyone reads the counts — never who attended.
 */
public final class AttendanceController implements RouteContributor {

    private final ImportAttendanceUseCase importAttendance;
    private final ShowAttendanceUseCase show;

    @Inject
    public AttendanceController(ImportAttendanceUseCase importAttendance, ShowAttendanceUseCase show) {
        this.importAttendance = importAttendance;
        this.show = show;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.document("/api/conferences/{edition}/attendance",
                ApiRoutes.Doc.of("Counts of the imported attendance: per session or contribution participants, "
                        + "registered participants and person-minutes; unique participants overall, per kind and "
                        + "per day (no names)", AttendanceOverview.class),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    // a national edition's million presences are counted once per change, not per reader
                    routes.cache().serve(ctx, DocumentCache.Source.EVERYTHING, "attendance:" + edition,
                            () -> json.document(show.showAttendance(edition)));
                });
        routes.put("/api/conferences/{edition}/attendance/{id}", Access.WRITE,
                ApiRoutes.Doc.of("Import a meeting platform's attendance export (Zoom, Zoom webinar, Teams, Webex, "
                        + "BigBlueButton; the file as the body) for a session or contribution; the same file again "
                        + "replaces its earlier import. Query: platform, timezone, columns (name=…,email=…)",
                        AttendanceImportReport.class)
                        .withQuery("platform", "auto (the default), zoom, zoom-webinar, teams, webex or bbb")
                        .withQuery("timezone", "the zone the file's times are in, e.g. Europe/Athens (the default)")
                        .withQuery("columns", "for a language not known: name=…,email=…,join=…,leave=…"
                                + " (the file's column titles)")
                        .withQuery("fileName", "the file's name, shown in the import's report"),
                ctx -> {
                    int edition = Requests.edition(ctx);
                    AttendanceImportReport report;
                    try (InputStream body = ctx.bodyInputStream()) {
                        report = importAttendance.importAttendance(new ImportAttendanceCommand(edition,
                                ctx.pathParam("id"), ctx.queryParam("fileName"), body, ctx.queryParam("platform"),
                                columns(ctx.queryParam("columns")), ctx.queryParam("timezone")));
                    } catch (IllegalArgumentException e) {
                        throw ApiProblem.badRequest(e.getMessage(), "body");
                    } catch (IOException e) {
                        throw ApiProblem.badRequest("the file could not be read whole: " + e.getMessage(), "body");
                    }
                    json.write(ctx, 200, report);
                });
    }

    /** {@code name=Nome,email=E-mail} as a map; a pair without '=' is refused. */
    static Map<String, String> columns(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw ApiProblem.badRequest("columns is a list of name=header pairs, e.g. "
                        + "name=Nome,email=E-mail,join=Entrada,leave=Saída; '" + pair + "' is not one", "columns");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }
}
