package gr.etwinning.synedrio.adapter.in.web;

import io.javalin.http.Context;

/** Path parameters and conditional-request headers, read with errors that say what is wrong. */
final class Requests {

    private Requests() {
    }

    static int edition(Context ctx) {
        String raw = ctx.pathParam("edition");
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("edition '" + raw + "' is not a whole number", "edition");
        }
    }

    /** A whole-number path parameter such as a contest's number. */
    static int number(Context ctx, String param) {
        String raw = ctx.pathParam(param);
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(param + " '" + raw + "' is not a whole number", param);
        }
    }

    /** An optional whole-number query parameter, or {@code null}. */
    static Integer optionalNumber(Context ctx, String param) {
        String raw = ctx.queryParam(param);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(param + " '" + raw + "' is not a whole number", param);
        }
    }

    /** The version named by an {@code If-Match: "v3"} header, or {@code null} when there is none. */
    static Long ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip().replaceFirst("^W/", "");
        if (tag.matches("\"v\\d{1,18}(-[0-9a-f]{1,64})?\"")) {
            // "v3" (the edition's details) or "v3-<digest>" (its programme, whose persons may change apart)
            return Long.parseLong(tag.substring(2, tag.length() - 1).replaceFirst("-.*", ""));
        }
        throw ApiProblem.badRequest("If-Match '" + header + "' is not an ETag this API gave out (\"v<number>\")",
                "If-Match");
    }

    static void etag(Context ctx, Long version) {
        if (version != null) {
            ctx.header("ETag", "\"v" + version + "\"");
        }
    }
}
