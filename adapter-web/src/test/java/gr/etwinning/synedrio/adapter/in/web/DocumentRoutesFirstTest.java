package gr.etwinning.synedrio.adapter.in.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The routes of kept documents are tried first by the router (issue 16: a request for the programme no longer tests
 * the patterns of every route contributed before it); that is allowed only because no other route of the same method
 * can match their paths, which the server checks when it starts.
 */
class DocumentRoutesFirstTest {

    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void patternsOverlapWhenEverySegmentIsEqualOrAParameter() {
        assertThat(ApiRoutes.overlap("/api/conferences/{edition}/program", "/api/conferences/{edition}/{part}"))
                .isTrue();
        assertThat(ApiRoutes.overlap("/conferences/{edition}", "/conferences/7")).isTrue();
        assertThat(ApiRoutes.overlap("/api/conferences/{edition}/program", "/api/conferences/{edition}/call"))
                .isFalse();
        assertThat(ApiRoutes.overlap("/api/conferences/{edition}/program",
                "/api/conferences/{edition}/program/problems")).isFalse();
        assertThat(ApiRoutes.overlap("/", "/r")).isFalse();
        assertThat(ApiRoutes.overlap("/", "/")).isTrue();
    }

    @Test
    void aServerRefusesARouteThatCouldAnswerADocumentsPath() {
        RouteContributor both = routes -> {
            routes.document("/api/conferences/{edition}/program", ApiRoutes.Doc.of("Πρόγραμμα", String.class),
                    ctx -> ctx.result("πρόγραμμα"));
            routes.get("/api/conferences/{edition}/{part}", Access.PUBLIC, ApiRoutes.Doc.of("Μέρος", String.class),
                    ctx -> ctx.result("μέρος"));
        };
        assertThatThrownBy(() -> new WebServer(Set.of(both), secret -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("may both match");
    }

    @Test
    void documentsAndTheRoutesContributedBeforeThemAnswerTheirOwnPaths() throws Exception {
        RouteContributor routes = r -> {
            r.get("/api/conferences/{edition}/call", Access.PUBLIC, ApiRoutes.Doc.of("Πρόσκληση", String.class),
                    ctx -> ctx.result("πρόσκληση " + ctx.pathParam("edition")));
            r.document("/api/conferences/{edition}/program", ApiRoutes.Doc.of("Πρόγραμμα", String.class),
                    ctx -> ctx.result("πρόγραμμα " + ctx.pathParam("edition")));
        };
        server = new WebServer(Set.of(routes), secret -> Optional.empty()).start("127.0.0.1", 0);
        assertThat(get("/api/conferences/7/call")).isEqualTo("πρόσκληση 7");
        assertThat(get("/api/conferences/7/program")).isEqualTo("πρόγραμμα 7");
        assertThat(server.operations()).extracting(ApiRoutes.Operation::path)
                .containsSubsequence("/api/conferences/{edition}/call", "/api/conferences/{edition}/program");
    }

    /**
     * The booking rush's route is tried first among the POSTs by the controller that serves it: registered with
     * {@code post} it would answer the same, only later (after the patterns of every POST route before it), which
     * no test of its answers could tell.
     */
    @Test
    void theBookingRouteOfTheRegistrationControllerIsTriedFirst() {
        io.javalin.Javalin app = io.javalin.Javalin.create();
        ApiRoutes routes = new ApiRoutes(app, secret -> Optional.empty(), new WebJson());
        new RegistrationController(null, null, null, null, null, null).contribute(routes);
        assertThat(routes.triedFirst(io.javalin.http.HandlerType.POST))
                .containsExactly("/api/registrations/{code}/bookings/{workshop}");
    }

    @Test
    void aServerRefusesAPostThatCouldAnswerTheBookingRoutesPath() {
        RouteContributor both = routes -> {
            routes.postFirst("/api/registrations/{code}/bookings/{workshop}", Access.PUBLIC,
                    ApiRoutes.Doc.of("Κράτηση", String.class), ctx -> ctx.result("κράτηση"));
            routes.post("/api/registrations/{code}/{part}/{item}", Access.PUBLIC,
                    ApiRoutes.Doc.of("Μέρος", String.class), ctx -> ctx.result("μέρος"));
        };
        assertThatThrownBy(() -> new WebServer(Set.of(both), secret -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("may both match");
    }

    @Test
    void theBookingRouteAndThePostsContributedBeforeItAnswerTheirOwnPaths() throws Exception {
        RouteContributor routes = r -> {
            r.post("/api/conferences/{edition}/registrations", Access.PUBLIC,
                    ApiRoutes.Doc.of("Εγγραφή", String.class), ctx -> ctx.result("εγγραφή " + ctx.pathParam("edition")));
            r.postFirst("/api/registrations/{code}/bookings/{workshop}", Access.PUBLIC,
                    ApiRoutes.Doc.of("Κράτηση", String.class), ctx -> ctx.result("κράτηση "
                            + ctx.pathParam("workshop")));
        };
        server = new WebServer(Set.of(routes), secret -> Optional.empty()).start("127.0.0.1", 0);
        assertThat(post("/api/conferences/7/registrations")).isEqualTo("εγγραφή 7");
        assertThat(post("/api/registrations/abc/bookings/ergastirio-1")).isEqualTo("κράτηση ergastirio-1");
    }

    private String post(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
