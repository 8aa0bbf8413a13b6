package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.UnavailableException;
import gr.etwinning.synedrio.application.port.in.auth.AuthenticateUseCase;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/**
 * The HTTP server: every contributed route under one Javalin, errors as {@code application/problem+json} — 400 for
 * malformed input, 401/403 for tokens, 404 for unknown ids and routes, 409 for broken rules and conflicting writes.
 * 503 (with Retry-After) when the database is unreachable or too busy to give the request its turn in time.
 * A 500 means a bug in Synedrio, never bad input; it is logged, and its answer reveals nothing of the internals.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final ApiRoutes routes;
    private final MetricsPort metrics;

    public WebServer(Set<RouteContributor> contributors, AuthenticateUseCase authentication) {
        this(contributors, authentication, MetricsPort.NONE);
    }

    /** A server that counts the requests it answers 503. */
    public WebServer(Set<RouteContributor> contributors, AuthenticateUseCase authentication, MetricsPort metrics) {
        this(contributors, authentication, metrics, DocumentCache.none());
    }

    /** A server that keeps the derived documents in that cache. */
    public WebServer(Set<RouteContributor> contributors, AuthenticateUseCase authentication, MetricsPort metrics,
                     DocumentCache cache) {
        this(contributors, authentication, metrics, cache, ClientAddresses.NONE);
    }

    /** A server behind the reverse proxies that {@code clients} trusts: {@code ctx.ip()} is the client's address. */
    public WebServer(Set<RouteContributor> contributors, AuthenticateUseCase authentication, MetricsPort metrics,
                     DocumentCache cache, ClientAddresses clients) {
        this.metrics = java.util.Objects.requireNonNull(metrics, "'metrics' must not be null");
        WebJson json = new WebJson();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 16L * 1024 * 1024;
            config.router.ignoreTrailingSlashes = true;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyProblems()));
            config.useVirtualThreads = false;
            // what the rate limits count as a client: through a trusted proxy, the address it forwards
            config.contextResolver.ip = ctx -> clients.client(ctx.req().getRemoteAddr(),
                    ctx.req().getHeaders("X-Forwarded-For").hasMoreElements()
                            ? String.join(",", java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")))
                            : null);
        });
        this.routes = new ApiRoutes(app, authentication, json, cache);
        contributors.stream()
                .sorted(java.util.Comparator.comparing(c -> c.getClass().getName()))
                .forEach(c -> c.contribute(routes));
        new OpenApiController(routes).contribute(routes);
        routes.install();
        installErrorHandling(json);
    }

    public List<ApiRoutes.Operation> operations() {
        return routes.operations();
    }

    /** Starts listening; port 0 picks a free port. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void installErrorHandling(WebJson json) {
        app.exception(ApiProblem.class, (e, ctx) -> problem(json, ctx, e.status(), e.type(), e.title(),
                e.getMessage(), e.item(), null));
        app.exception(InvalidValueException.class, (e, ctx) -> problem(json, ctx, 400, "invalid-input",
                "The request is not valid", e.getMessage(), e.item(), null));
        app.exception(RuleViolationException.class, (e, ctx) -> problem(json, ctx, 409, "rule-violation",
                "The change would break a rule", e.getMessage(), e.item(), e.rule()));
        app.exception(DomainException.class, (e, ctx) -> problem(json, ctx, 400, "invalid-input",
                "The request is not valid", e.getMessage(), e.item(), null));
        app.exception(NotFoundException.class, (e, ctx) -> problem(json, ctx, 404, "not-found",
                "Not found", e.getMessage(), e.item(), null));
        app.exception(gr.etwinning.synedrio.application.ForbiddenException.class, (e, ctx) -> problem(json, ctx, 403,
                "forbidden", "Not yours to see", e.getMessage(), e.item(), null));
        app.exception(ConflictException.class, (e, ctx) -> problem(json, ctx, 409, "conflict",
                "The change conflicts with the stored state", e.getMessage(), e.item(), null));
        app.exception(UnavailableException.class, (e, ctx) -> {
            metrics.refusedUnavailable();
            LOG.warn("answered 503 to {} {}: {}", ctx.method(), route(ctx), e.getMessage());
            ctx.header("Retry-After", "5");
            if (!ctx.path().startsWith("/api")) { // the public page: a page for people, in Greek
                ctx.status(503).contentType("text/html; charset=utf-8").result(UNAVAILABLE_PAGE);
                return;
            }
            problem(json, ctx, 503, "unavailable", "Try again shortly", e.getMessage(), null, null);
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                methodNotAllowed(json, ctx);
                return;
            }
            problem(json, ctx, e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage(), null, null);
        });
        app.exception(Exception.class, (e, ctx) -> {
            // The log names the route, never the path (a confirmation code in it is the key to a participant's
            // personal data), and the failure's classes and stack, never the messages (which quote values).
            LOG.error("unexpected failure answering {} {}: {}", ctx.method(), route(ctx),
                    LoggedFailure.describe(e), LoggedFailure.of(e));
            problem(json, ctx, 500, "internal-error", "Internal error",
                    "Synedrio failed to answer this request; the failure is logged on the server", null, null);
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                problem(json, ctx, 404, "not-found", "Not found", "there is no route " + ctx.method() + " "
                        + ctx.path() + "; GET /api/openapi.json lists them all", "path", null);
            }
        });
        app.error(405, ctx -> {
            if (ctx.result() == null) {
                methodNotAllowed(json, ctx);
            }
        });
    }

    /** 405 with {@code Allow} naming the methods the path has (RFC 9110 §15.5.6). */
    private void methodNotAllowed(WebJson json, Context ctx) {
        java.util.Set<String> allowed = new java.util.TreeSet<>();
        for (ApiRoutes.Operation o : routes.operations()) {
            String pattern = java.util.regex.Pattern.quote(o.path()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            if (ctx.path().replaceAll("(.)/+$", "$1").matches(pattern)) {
                allowed.add(o.method().name());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        ctx.header("Allow", String.join(", ", allowed));
        problem(json, ctx, 405, "method-not-allowed", "Method not allowed", ctx.method() + " is not allowed on "
                + ctx.path() + (allowed.isEmpty() ? "" : "; it takes " + String.join(", ", allowed)), "method", null);
    }

    /** The route as registered ({@code /api/registrations/{code}}), or {@code (no route)}: no value of the path. */
    private static String route(Context ctx) {
        try {
            String template = ctx.endpointHandlerPath();
            return template == null || template.isBlank() || template.equals("*") ? "(no route)" : template;
        } catch (RuntimeException e) {
            return "(no route)";
        }
    }

    private static final byte[] UNAVAILABLE_PAGE = ("<!doctype html><html lang=\"el\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Synedrio</title></head>"
            + "<body><h1>Προσωρινά μη διαθέσιμο</h1><p>Η σελίδα δεν μπορεί να εμφανιστεί αυτή τη στιγμή. Δοκιμάστε "
            + "ξανά σε λίγο.</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static void problem(WebJson json, Context ctx, int status, String type, String title, String detail,
                                String item, String rule) {
        json.write(ctx, status, new ProblemWebModel("urn:synedrio:problem:" + type, title, status, detail,
                ctx.path(), item, rule));
        ctx.contentType(ProblemWebModel.CONTENT_TYPE);
    }
}
