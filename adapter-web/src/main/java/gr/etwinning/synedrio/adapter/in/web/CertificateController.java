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
                        render(ctx, 429, "message.jte", Map.of("heading", "Πάρα πολλές προσπάθειες",
                                "message", "Δοκιμάστηκαν πολλοί λάθος κωδικοί από αυτή τη διεύθυνση. Δοκιμάστε ξανά "
                                        + "σε " + wait + " δευτερόλεπτα."));
                        return;
                    }
                    VerificationWebModel page;
                    try {
                        page = model(verify.verify(ctx.pathParam("code")));
                    } catch (NotFoundException e) {
                        limiter.miss(client);
                        String typed = ctx.pathParam("code");
                        page = new VerificationWebModel(false, false, typed.length() > 20 ? typed.substring(0, 20)
                                : typed, null, null, null, null, null, null);
                    }
                    render(ctx, page.found() ? 200 : 404, "certificate.jte", Map.of("page", page));
                });
    }

    static VerificationWebModel model(CertificateView v) {
        return new VerificationWebModel(true, v.revoked(), v.code(), v.fullName(), v.editionTitle(),
                attended(v.minutes(), v.sessions()), GreekDates.longDate(v.issuedAt().atZone(ATHENS).toLocalDate()),
                v.revokedAt() == null ? null : GreekDates.longDate(v.revokedAt().atZone(ATHENS).toLocalDate()),
                v.revokeReason());
    }

    static String attended(long minutes, int sessions) {
        return gr.etwinning.synedrio.domain.text.GreekNoun.attended(minutes, sessions);
    }

    private void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
