package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.UnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WebServerTest {

    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBusyOrUnreachableDatabaseIsA503WithRetryAfterNotAnInternalError() throws Exception {
        RouteContributor busy = routes -> routes.get("/api/busy", Access.PUBLIC,
                ApiRoutes.Doc.of("always busy", String.class), ctx -> {
                    throw new UnavailableException("the database is busy: no connection was free for 10 s; nothing "
                            + "was written, try again", null);
                });
        server = new WebServer(Set.of(busy), secret -> Optional.empty()).start("127.0.0.1", 0);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/busy")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).contains("5");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":503").contains("the database is busy");
    }
}
