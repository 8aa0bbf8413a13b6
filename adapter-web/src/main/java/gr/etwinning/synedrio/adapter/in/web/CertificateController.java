package gr.etwinning.synedrio.adapter.in.web;

import jakarta.inject.Inject;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateView;
import gr.etwinning.synedrio.application.port.in.certificate.VerifyCertificateUseCase;
import gr.etwinning.synedrio.domain.text.GreekDates;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;

/**
 * Anyone may check a certificate: {@code GET /verify/{code}} is a page in Greek (the QR code on the PDF leads
 * there), {@code GET /api/certificates/{code}} the same as JSON. A wrong code says clearly that no such certificate
 * exists (404). A client that guesses wrong {@value #MAX_MISSES} times within ten minutes is answered 429 with
 * {@code Retry-After} — whatever code it sends — until its oldest miss is ten minutes old.
 */
public final class CertificateController implements RouteContributor {

    static final int MAX_MISSES = 10;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private final VerifyCertificateUseCase verify;
    private final MissLimiter limiter;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Inject
    public CertificateController(VerifyCertificateUseCase verify) {
        this(verify, new MissLimiter(MAX_MISSES, 10 * 60_000L, System::currentTimeMillis));
    }

    CertificateController(VerifyCertificateUseCase verify, MissLimiter limiter) {
        this.verify = verify;
        this.limiter = limiter;
    }

    /** A verification page's model: every text in Greek, ready to print. */
    public record VerificationWebModel(boolean found, boolean revoked, String code, String fullName,
                                       String edition, String attended, String issuedOn, String revokedOn,
                                       String revokeReason) {
    }

    @Override
    public void contribute(ApiRoutes routes) {
        WebJson json = routes.json();
        routes.get("/api/certificates/{code}", Access.PUBLIC,
                ApiRoutes.Doc.of("Whether a certificate of attendance is genuine: name, edition, minutes, sessions, "
                        + "date of issue, and whether it was revoked (404: no certificate has this code; 429 "
                        + "after repeated wrong codes)", CertificateView.class),
                ctx -> {
                    String client = ctx.ip();
                    long wait = limiter.retryAfterSeconds(client);
                    if (wait > 0) {
                        ctx.header("Retry-After", Long.toString(wait));
                        throw new ApiProblem(429, "too-many-misses", "Too many wrong codes", "too many wrong "
                                + "verification codes from this address; try again in " + wait + " s", "code");
                    }
                    try {
                        json.write(ctx, 200, verify.verify(ctx.pathParam("code")));
                    } catch (NotFoundException e) {
                        limiter.miss(client);
                        throw e;
                    }
                });
        routes.get("/verify/{code}", Access.PUBLIC, new ApiRoutes.Doc("The public verification page of a "
                + "certificate (HTML, Greek)", null, String.class, false, 200, "text/html"), ctx -> {
                    String client = ctx.ip();
                    long wait = limiter.retryAfterSeconds(client);
                    if (wait > 0) {
                        ctx.header("Retry-After", Long.toString(wait));
                        PageTexts t = PageTexts.of(ctx);
                        render(ctx, 429, "message.jte", Map.of("t", t, "heading", t.get("verify.toomany.title"),
                                "message", t.f("verify.toomany.text", wait)));
                        return;
                    }
                    PageTexts t = PageTexts.of(ctx);
                    VerificationWebModel page;
                    try {
                        page = model(verify.verify(ctx.pathParam("code")), t);
                    } catch (NotFoundException e) {
                        limiter.miss(client);
                        String typed = ctx.pathParam("code");
                        page = new VerificationWebModel(false, false, typed.length() > 20 ? typed.substring(0, 20)
                                : typed, null, null, null, null, null, null);
                    }
                    render(ctx, page.found() ? 200 : 404, "certificate.jte", Map.of("page", page, "t", t));
                });
    }

    static VerificationWebModel model(CertificateView v, PageTexts t) {
        return new VerificationWebModel(true, v.revoked(), v.code(), v.fullName(), v.editionTitle(),
                attended(v.minutes(), v.sessions(), t), date(v.issuedAt(), t),
                v.revokedAt() == null ? null : date(v.revokedAt(), t), v.revokeReason());
    }

    private static String date(java.time.Instant at, PageTexts t) {
        java.time.LocalDate day = at.atZone(ATHENS).toLocalDate();
        return t.lang().equals("el") ? GreekDates.longDate(day)
                : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).format(day);
    }

    static String attended(long minutes, int sessions, PageTexts t) {
        long h = minutes / 60;
        long m = minutes % 60;
        String mins = t.f(m == 1 ? "verify.minutes.one" : "verify.minutes.other", m);
        String time = h == 0 ? mins : m == 0 ? t.f(h == 1 ? "verify.hours.one" : "verify.hours.other", h)
                : t.f("verify.and", t.f(h == 1 ? "verify.hours.one" : "verify.hours.other", h), mins);
        return t.f(sessions == 1 ? "verify.sessions.one" : "verify.sessions.other", time, sessions);
    }

    private void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.header("Content-Language", PageTexts.of(ctx).lang()).header("Vary", "Accept-Language, Cookie");
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
