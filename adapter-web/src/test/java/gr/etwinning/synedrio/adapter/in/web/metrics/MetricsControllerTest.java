package gr.etwinning.synedrio.adapter.in.web.metrics;

import gr.etwinning.synedrio.adapter.in.web.Access;
import gr.etwinning.synedrio.adapter.in.web.ApiRoutes;
import gr.etwinning.synedrio.adapter.in.web.RouteContributor;
import gr.etwinning.synedrio.adapter.in.web.WebServer;
import gr.etwinning.synedrio.application.UnavailableException;
import gr.etwinning.synedrio.application.port.in.auth.Principal;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort.RetryCause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsControllerTest {

    private WebServer server;
    private final AtomicLong backlog = new AtomicLong();
    private final MicrometerMetrics metrics = new MicrometerMetrics(backlog::get);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start() {
        RouteContributor busy = routes -> routes.get("/api/busy", Access.PUBLIC,
                ApiRoutes.Doc.of("always busy", String.class), ctx -> {
                    throw new UnavailableException("the database is busy", null);
                });
        server = new WebServer(Set.of(new MetricsController(metrics), busy), secret -> secret.equals("ops-token")
                ? Optional.of(new Principal("ops-ελένη", Scope.READ)) : Optional.empty(), metrics)
                .start("127.0.0.1", 0);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenBookingsRetriesAnd503sWhenAnOperatorReadsTheMetricsWithATokenThenPrometheusTextCountsThem()
            throws Exception {
        start();
        metrics.bookingMade(true);
        metrics.bookingMade(true);
        metrics.bookingMade(false);
        metrics.registrationMade();
        metrics.transactionRetried(RetryCause.CONNECTION_LOST);
        metrics.transactionRetried(RetryCause.CONFLICT);
        metrics.transactionRetried(RetryCause.CONFLICT);
        metrics.waitedForConnection(250_000_000L);
        backlog.set(42);
        assertThat(get("/api/busy", null).statusCode()).isEqualTo(503);

        HttpResponse<String> answer = get("/api/metrics", "ops-token");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(answer.body())
                .contains("synedrio_bookings_total{status=\"confirmed\"} 2.0")
                .contains("synedrio_bookings_total{status=\"waiting\"} 1.0")
                .contains("synedrio_registrations_total 1.0")
                .contains("synedrio_transaction_retries_total{cause=\"conflict\"} 2.0")
                .contains("synedrio_transaction_retries_total{cause=\"connection_lost\"} 1.0")
                .contains("synedrio_transaction_retries_total{cause=\"uniqueness_race\"} 0.0")
                .contains("synedrio_connection_wait_seconds_count 1")
                .contains("synedrio_connection_wait_seconds_sum 0.25")
                .contains("synedrio_unavailable_responses_total 1.0")
                .contains("synedrio_outbox_backlog 42.0");
    }

    @Test
    void theMetricsNeedAToken() throws Exception {
        start();

        assertThat(get("/api/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/metrics", "guessed").statusCode()).isEqualTo(401);
        assertThat(get("/api/openapi.json", null).body()).contains("/api/metrics");
    }
}
