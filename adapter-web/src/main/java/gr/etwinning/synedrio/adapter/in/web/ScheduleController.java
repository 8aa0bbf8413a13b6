package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase.ExportScheduleQuery;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase.ScheduleFile;
import gr.etwinning.synedrio.application.port.in.schedule.ScheduleFormat;
import io.javalin.http.Context;


/** An edition's programme as schedule.xml, schedule.json and iCalendar, for anybody: apps and calendars. */
public final class ScheduleController implements RouteContributor {

    private final ExportScheduleUseCase export;

    @Inject
    public ScheduleController(ExportScheduleUseCase export) {
        this.export = export;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        for (ScheduleFormat f : ScheduleFormat.values()) {
            routes.document("/api/conferences/{edition}/" + f.fileName(),
                    new ApiRoutes.Doc("The programme as " + f.fileName() + " (" + f.code() + "), for conference"
                            + " apps, pretalx, frab and calendars; identical bytes for an unchanged programme",
                            null, String.class, false, 200, f.mediaType().replaceFirst(";.*", "")),
                    ctx -> {
                        int edition = Requests.edition(ctx);
                        String base = baseUrl(ctx);
                        routes.cache().serve(ctx, DocumentCache.Source.PROGRAMME, f.fileName() + ":" + edition + ":"
                                + base, () -> {
                                    ScheduleFile file = export.exportSchedule(new ExportScheduleQuery(edition, f,
                                            base));
                                    return DocumentCache.Document.of(file.content(), file.mediaType())
                                            .withHeader("Content-Disposition", "inline; filename=\""
                                                    + file.fileName() + "\"");
                                });
                    });
        }
    }

    /** A host name or address with an optional port: what a Host header may be to be trusted (compiled once). */
    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    /** Where this server is reached, for the events' links; a Host header that is not a host name is not trusted. */
    static String baseUrl(Context ctx) {
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            host = "127.0.0.1";
        }
        String scheme = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
        return ("https".equals(scheme) ? "https" : "http") + "://" + host;
    }
}
