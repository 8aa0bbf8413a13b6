package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase.ExportScheduleQuery;
import gr.etwinning.synedrio.application.port.in.schedule.ExportScheduleUseCase.ScheduleFile;
import gr.etwinning.synedrio.application.port.in.schedule.ScheduleFormat;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

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
            routes.get("/api/conferences/{edition}/" + f.fileName(), Access.PUBLIC,
                    new ApiRoutes.Doc("The programme as " + f.fileName() + " (" + f.code() + "), for conference"
                            + " apps, pretalx, frab and calendars; identical bytes for an unchanged programme",
                            null, String.class, false, 200, f.mediaType().replaceFirst(";.*", "")),
                    ctx -> {
                        ScheduleFile file = export.exportSchedule(new ExportScheduleQuery(Requests.edition(ctx), f,
                                baseUrl(ctx)));
                        ctx.status(200).contentType(file.mediaType())
                                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                                .result(file.content().getBytes(StandardCharsets.UTF_8));
                    });
        }
    }

    /** Where this server is reached, for the events' links; a Host header that is not a host name is not trusted. */
    static String baseUrl(Context ctx) {
        String host = ctx.host();
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?")) {
            host = "127.0.0.1";
        }
        String scheme = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
        return ("https".equals(scheme) ? "https" : "http") + "://" + host;
    }
}
