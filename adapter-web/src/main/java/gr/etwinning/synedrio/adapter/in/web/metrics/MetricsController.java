package gr.etwinning.synedrio.adapter.in.web.metrics;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.adapter.in.web.Access;
import gr.etwinning.synedrio.adapter.in.web.ApiRoutes;
import gr.etwinning.synedrio.adapter.in.web.RouteContributor;

import java.util.Objects;

/**
 * {@code GET /api/metrics}: what operators watch on the day, in the Prometheus text format, for a token of any
 * scope (Prometheus sends it with {@code authorization: {credentials: …}} in its scrape configuration).
 */
public final class MetricsController implements RouteContributor {

    private final MicrometerMetrics metrics;

    @Inject
    public MetricsController(MicrometerMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "'metrics' must not be null");
    }

    @Override
    public void contribute(ApiRoutes routes) {
        routes.get("/api/metrics", Access.READ, new ApiRoutes.Doc("Bookings, registrations, transaction retries by "
                        + "cause, waits for a database connection, 503 answers and the outbox backlog, in the "
                        + "Prometheus text format (token of any scope)", null, String.class, false, 200, "text/plain"),
                ctx -> ctx.status(200).contentType(MicrometerMetrics.CONTENT_TYPE).result(metrics.scrape()));
    }
}
