package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.application.UnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's log (stderr) never holds a value of the request: not a confirmation code of the path, not a value a
 * database driver quotes in its message when a statement fails (a consent time), while it still says what failed
 * and where. The failures here carry recognisable values, as MariaDB's do.
 */
class FailureLogTest {

    private static final String CONSENT_AT = "2039-01-01 00:00:00";
    private static final String CODE = "K7Q2-ZX9W-SECRET";

    private WebServer server;
    private PrintStream originalErr;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        RouteContributor failing = routes -> {
            routes.put("/api/registrations/{code}", Access.PUBLIC, ApiRoutes.Doc.of("fails", String.class), ctx -> {
                throw new IllegalStateException("SQL [update registration set consent_at = ?]; cannot store '"
                        + CONSENT_AT + "' for " + ctx.pathParam("code"), new SQLDataException("(conn=7) Incorrect "
                        + "datetime value: '" + CONSENT_AT + "' for column `consent_at` at row 1", "22007", 1292));
            });
            routes.get("/api/registrations/{code}", Access.PUBLIC, ApiRoutes.Doc.of("busy", String.class), ctx -> {
                throw new UnavailableException("the database is busy; nothing was written, try again", null);
            });
        };
        server = new WebServer(Set.of(failing), secret -> Optional.empty()).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        System.setErr(originalErr);
    }

    private HttpResponse<String> send(String method, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/registrations/" + CODE)).method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anInternalErrorIsLoggedWithItsClassesAndStackButNoValue() throws Exception {
        HttpResponse<String> r = send("PUT", "{\"consentAt\": \"2039-01-01T00:00:00Z\"}");

        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).doesNotContain(CONSENT_AT);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("PUT /api/registrations/{code}")
                .contains("java.lang.IllegalStateException").contains("SQLSTATE 22007, vendor code 1292")
                .contains("FailureLogTest"); // the stack still shows where it failed
        assertThat(logged).doesNotContain(CONSENT_AT).doesNotContain("2039").doesNotContain(CODE);
    }

    @Test
    void aServiceUnavailableIsLoggedWithTheRouteNotThePath() throws Exception {
        HttpResponse<String> r = send("GET", null);

        assertThat(r.statusCode()).isEqualTo(503);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("GET /api/registrations/{code}").contains("busy");
        assertThat(logged).doesNotContain(CODE);
    }
}
