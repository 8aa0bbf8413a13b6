package gr.etwinning.synedrio.adapter.in.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Cross-site request forgery protection for the pages' forms, without server state (so that any number of
 * Synedrio instances share it): the first page a browser gets sets a random token in a cookie that scripts cannot
 * read and other sites' forms do not carry ({@code SameSite=Lax}); every form of ours carries the same token in a
 * hidden field. A post whose field does not equal its cookie — forged, missing, or not a form at all — is refused.
 */
final class FormGuard {

    static final String COOKIE = "synedrio_csrf";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormGuard() {
    }

    /** The browser's token, set now if it has none (or a malformed one). */
    static String token(Context ctx) {
        String token = ctx.attribute(COOKIE);
        if (token != null) {
            return token;
        }
        token = ctx.cookie(COOKIE);
        if (!wellFormed(token)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax");
        }
        ctx.attribute(COOKIE, token);
        return token;
    }

    /** Whether the post is one of our forms: a form body whose token equals the browser's cookie. */
    static boolean genuine(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        String cookie = ctx.cookie(COOKIE);
        String field;
        try {
            field = ctx.formParam(FIELD);
        } catch (RuntimeException e) { // a body that is not form encoding (a broken %-escape): not our form
            return false;
        }
        return wellFormed(cookie) && field != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
