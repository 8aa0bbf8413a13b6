package gr.etwinning.synedrio.adapter.in.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.AuthenticateUseCase;
import gr.etwinning.synedrio.application.port.in.auth.Principal;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Registers routes on the server, each with who may call it and what it takes and returns, so that access is
 * checked in one place and {@code /api/openapi.json} describes exactly the routes that exist.
 */
public final class ApiRoutes {

    /** What the OpenAPI document says of a route. */
    public record Doc(String summary, Class<?> requestBody, Class<?> responseBody, boolean responseIsList,
                      int successStatus, String contentType, String requestContentType, List<QueryParam> query) {

        public Doc {
            query = List.copyOf(query);
        }

        public Doc(String summary, Class<?> requestBody, Class<?> responseBody, boolean responseIsList,
                   int successStatus, String contentType, String requestContentType) {
            this(summary, requestBody, responseBody, responseIsList, successStatus, contentType, requestContentType,
                    List.of());
        }

        public Doc(String summary, Class<?> requestBody, Class<?> responseBody, boolean responseIsList,
                   int successStatus, String contentType) {
            this(summary, requestBody, responseBody, responseIsList, successStatus, contentType, "application/json");
        }

        public static Doc of(String summary, Class<?> responseBody) {
            return new Doc(summary, null, responseBody, false, 200, "application/json");
        }

        public static Doc listOf(String summary, Class<?> responseBody) {
            return new Doc(summary, null, responseBody, true, 200, "application/json");
        }

        public Doc taking(Class<?> body) {
            return new Doc(summary, body, responseBody, responseIsList, successStatus, contentType,
                    requestContentType, query);
        }

        /** A route whose body is a file of these media types (not JSON), e.g. {@code application/pdf}. */
        public Doc takingFile(String mediaTypes) {
            return new Doc(summary, byte[].class, responseBody, responseIsList, successStatus, contentType,
                    mediaTypes, query);
        }

        public Doc answering(int status) {
            return new Doc(summary, requestBody, responseBody, responseIsList, status, contentType,
                    requestContentType, query);
        }

        /** A query parameter the route reads, for the OpenAPI document (all are optional). */
        public Doc withQuery(String name, String description) {
            List<QueryParam> more = new java.util.ArrayList<>(query);
            more.add(new QueryParam(name, description));
            return new Doc(summary, requestBody, responseBody, responseIsList, successStatus, contentType,
                    requestContentType, more);
        }
    }

    /** An optional query parameter: its name and what it does. */
    public record QueryParam(String name, String description) {
    }

    /** A registered route. */
    public record Operation(HandlerType method, String path, Access access, Doc doc) {
    }

    private static final String PRINCIPAL = "synedrio.principal";

    private final Javalin app;
    private final AuthenticateUseCase authentication;
    private final WebJson json;
    private final List<Operation> operations = new ArrayList<>();

    private final DocumentCache cache;

    ApiRoutes(Javalin app, AuthenticateUseCase authentication, WebJson json) {
        this(app, authentication, json, DocumentCache.none());
    }

    ApiRoutes(Javalin app, AuthenticateUseCase authentication, WebJson json, DocumentCache cache) {
        this.app = app;
        this.authentication = authentication;
        this.json = json;
        this.cache = cache;
    }

    /** Where the routes of derived documents keep them (and answer ETag, 304 and Cache-Control). */
    public DocumentCache cache() {
        return cache;
    }

    public void get(String path, Access access, Doc doc, Handler handler) {
        add(HandlerType.GET, path, access, doc, handler, false);
    }

    /**
     * A public GET of a document kept in the {@link #cache()}: the routes read most, so Javalin tests them first (it
     * tries a request's path against each route's pattern in the order they were added, until one matches). The
     * others are added after them ({@link #install()}); no other route of the same method may match a path such a
     * route matches, so the order changes which routes are tried, never which one answers.
     */
    public void document(String path, Doc doc, Handler handler) {
        add(HandlerType.GET, path, Access.PUBLIC, doc, handler, true);
    }

    public void post(String path, Access access, Doc doc, Handler handler) {
        add(HandlerType.POST, path, access, doc, handler, false);
    }

    /**
     * A POST of the booking rush, tried first among the POST routes as documents are among the GETs (before it, a
     * booking tested the patterns of some thirty routes, a tenth of the server's time in the bench); the same rule
     * holds: no other POST route may match a path it matches.
     */
    public void postFirst(String path, Access access, Doc doc, Handler handler) {
        add(HandlerType.POST, path, access, doc, handler, true);
    }

    public void put(String path, Access access, Doc doc, Handler handler) {
        add(HandlerType.PUT, path, access, doc, handler, false);
    }

    public void delete(String path, Access access, Doc doc, Handler handler) {
        add(HandlerType.DELETE, path, access, doc, handler, false);
    }

    private void add(HandlerType method, String path, Access access, Doc doc, Handler handler, boolean first) {
        operations.add(new Operation(method, path, access, doc));
        // What a route answers may be kept by a browser or proxy only if it says so itself (DocumentCache): a
        // participant's answers (a code in the path) and whatever a token reads are never stored anywhere.
        String cacheControl = access != Access.PUBLIC || path.contains("{code}") ? "no-store" : "no-cache";
        Handler checked = ctx -> {
            ctx.header("Cache-Control", cacheControl);
            authorise(ctx, access);
            handler.handle(ctx);
        };
        if (first || installed) {
            app.addHttpHandler(method, path, checked);
        }
        routes.add(new Route(method, path, checked, first));
    }

    /** The paths of the routes of that method tried first (documents, {@link #postFirst}'s), in their order. */
    List<String> triedFirst(HandlerType method) {
        return routes.stream().filter(r -> r.first() && r.method() == method).map(Route::path).toList();
    }

    /** A route; {@code first}: a document's or {@link #postFirst}'s, added to Javalin before the others. */
    private record Route(HandlerType method, String path, Handler handler, boolean first) {
    }

    private final List<Route> routes = new ArrayList<>();
    private boolean installed;

    /**
     * Adds the routes other than documents (and {@link #postFirst}'s) to Javalin, after those, which were added at
     * once; a route contributed later is added at once. Refuses a route that could answer a path one of those answers
     * (the order would then decide between them).
     */
    void install() {
        if (installed) {
            return;
        }
        for (Route d : routes) {
            if (!d.first()) {
                continue;
            }
            for (Route other : routes) {
                if (other != d && !other.first() && other.method() == d.method() && overlap(d.path(), other.path())) {
                    throw new IllegalStateException("the routes " + d.path() + " and " + other.path()
                            + " may both match a path: a route tried first must be the only one for its paths");
                }
            }
        }
        installed = true;
        for (Route r : routes) {
            if (!r.first()) {
                app.addHttpHandler(r.method(), r.path(), r.handler());
            }
        }
    }

    /** Whether some path could match both patterns: as many segments, each equal or a parameter in one of them. */
    static boolean overlap(String a, String b) {
        String[] x = a.replaceAll("/+$", "").split("/", -1);
        String[] y = b.replaceAll("/+$", "").split("/", -1);
        if (a.contains("<") || b.contains("<") || a.contains("*") || b.contains("*")) {
            return true; // a wildcard may span segments: assume the worst
        }
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i]) && !x[i].contains("{") && !y[i].contains("{")) {
                return false;
            }
        }
        return true;
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    public WebJson json() {
        return json;
    }

    /** Who made the request, if it carried a valid token. */
    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    private void authorise(Context ctx, Access access) {
        String header = ctx.header("Authorization");
        if (access == Access.PUBLIC && header == null) {
            return;
        }
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"synedrio\"");
            throw new ApiProblem(401, "unauthenticated", "A token is needed",
                    "this request changes or reads protected data: send 'Authorization: Bearer <token>'; "
                            + "an operator creates tokens with 'synedrio token create NAME'", "Authorization");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"synedrio\", error=\"invalid_request\"");
            throw new ApiProblem(401, "unauthenticated", "A token is needed",
                    "the Authorization header must be 'Bearer <token>'", "Authorization");
        }
        Optional<Principal> principal = authentication.authenticate(header.substring(7).strip());
        if (principal.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"synedrio\", error=\"invalid_token\"");
            throw new ApiProblem(401, "unauthenticated", "The token is not valid",
                    "the token is unknown or was revoked", "Authorization");
        }
        Scope needed = access == Access.WRITE ? Scope.WRITE : access == Access.REVIEW ? Scope.REVIEW : Scope.READ;
        // a public route is open to every token, a reviewer's too (whose scope reads nothing else)
        if (access != Access.PUBLIC && !principal.get().scope().allows(needed)) {
            throw new ApiProblem(403, "forbidden", "The token may not do this",
                    "token '" + principal.get().name() + "' has scope "
                            + principal.get().scope().name().toLowerCase(Locale.ROOT) + "; this request needs "
                            + needed.name().toLowerCase(Locale.ROOT), "Authorization");
        }
        ctx.attribute(PRINCIPAL, principal.get());
    }
}
