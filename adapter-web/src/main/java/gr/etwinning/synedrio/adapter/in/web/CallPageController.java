package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.cfp.CallData;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase;
import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.text.GreekDates;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /conferences/{edition}/call}: the call for papers as a public page in Greek, readable on a phone (the
 * call is Greek, whatever language the browser asks for).
 */
public final class CallPageController implements RouteContributor {

    /** What the page shows, worded in Greek. */
    public record CallWebModel(String conference, String deadline, boolean open, List<String> types,
                               List<Option> typeOptions, int maxWords, List<String> criteria, String submitPath) {
    }

    public record Option(String value, String label) {
    }

    private final CallForPapersUseCase calls;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Inject
    public CallPageController(CallForPapersUseCase calls) {
        this.calls = calls;
    }

    @Override
    public void contribute(ApiRoutes routes) {
        routes.get("/conferences/{edition}/call", Access.PUBLIC, new ApiRoutes.Doc("The call for papers as a "
                + "public page (HTML, Greek)", null, String.class, false, 200, "text/html"), ctx -> {
                    String raw = ctx.pathParam("edition");
                    CallData call;
                    try {
                        call = calls.call(Integer.parseInt(raw));
                    } catch (NumberFormatException | NotFoundException | DomainException e) {
                        render(ctx, 404, "message.jte", Map.of("t", PageTexts.of("el"), "heading", "Δεν βρέθηκε", "message",
                                "Δεν υπάρχει πρόσκληση υποβολής εργασιών για το συνέδριο «"
                                        + (raw.length() > 20 ? raw.substring(0, 20) : raw) + "»."));
                        return;
                    }
                    render(ctx, 200, "call.jte", Map.of("page", model(call)));
                });
    }

    static CallWebModel model(CallData c) {
        ZonedDateTime at = c.deadline().atZone(ZoneId.of(c.timeZone()));
        String deadline = GreekDates.longDate(at.toLocalDate()) + ", " + GreekDates.time(at.toLocalTime())
                + " (ώρα Ελλάδας)";
        List<Option> options = c.types().stream().map(t -> new Option(t, label(t))).toList();
        return new CallWebModel(c.conferenceTitle(), deadline, c.open(),
                options.stream().map(Option::label).toList(), options, c.maxWords(), c.criteria(),
                "/api/conferences/" + c.edition() + "/submissions");
    }

    private static String label(String type) {
        return "workshop".equals(type) ? "Βιωματικό εργαστήριο" : "Επιστημονική ανακοίνωση";
    }

    private void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
