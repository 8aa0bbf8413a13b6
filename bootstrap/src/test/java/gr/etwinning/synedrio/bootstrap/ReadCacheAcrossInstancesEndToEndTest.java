package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the derived documents are kept by each instance, keyed by versions the database holds. Two instances —
 * two injectors, two pools, two servers — over one database: a document read (and so kept) on instance A changes
 * at A's very next request after a write made through instance B, with no wait; an unchanged document answers
 * {@code If-None-Match} with 304, a changed one does not. On the embedded H2 and on MariaDB.
 */
class ReadCacheAcrossInstancesEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void aDocumentKeptByOneInstanceChangesRightAfterAWriteThroughAnother(String database) throws Exception {
        DatabaseSettings db = database.equals("h2") ? TestDatabases.h2() : TestDatabases.mariaDb();
        try (RunningSynedrio a = RunningSynedrio.withSeed("synedrio-cache-a", db);
             RunningSynedrio b = RunningSynedrio.withSeed("synedrio-cache-b", db)) {
            String token = b.token("ops-cache", Scope.WRITE);
            String[] programmeDocs = {"/api/conferences/7/program", "/", "/conferences/7",
                    "/api/conferences/7/schedule.xml", "/api/conferences/7/schedule.json",
                    "/api/conferences/7/schedule.ics"};
            java.util.Map<String, HttpResponse<String>> before = new java.util.HashMap<>();
            for (String path : programmeDocs) {
                HttpResponse<String> first = get(a, path, null);
                assertThat(first.statusCode()).as(path).isEqualTo(200);
                assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=5");
                String etag = first.headers().firstValue("ETag").orElseThrow();
                // kept: the same bytes and tag again, and 304 for a client that has them
                assertThat(get(a, path, null).body()).as(path).isEqualTo(first.body());
                assertThat(get(a, path, etag).statusCode()).as(path).isEqualTo(304);
                before.put(path, first);
            }

            // Through instance B: a session of the programme gets a new title.
            HttpResponse<String> programme = get(b, "/api/conferences/7/program", null);
            ObjectNode doc = (ObjectNode) json.readTree(programme.body());
            ((ObjectNode) doc.withArray("sessions").get(0)).put("title", "Έναρξη εργασιών — νέος τίτλος");
            HttpResponse<String> put = b.send("PUT", "/api/conferences/7/program", json.writeValueAsString(doc),
                    "application/json", token, programme.headers().firstValue("ETag").orElseThrow());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

            // At once on instance A, every document made of the programme is the new one.
            for (String path : programmeDocs) {
                HttpResponse<String> after = get(a, path, before.get(path).headers().firstValue("ETag")
                        .orElseThrow());
                assertThat(after.statusCode()).as(path + " after B's write").isEqualTo(200);
                assertThat(after.body()).as(path).isNotEqualTo(before.get(path).body());
                assertThat(after.headers().firstValue("ETag")).as(path)
                        .isNotEqualTo(before.get(path).headers().firstValue("ETag"));
            }
            assertThat(get(a, "/api/conferences/7/program", null).body()).contains("νέος τίτλος");
            assertThat(get(a, "/", null).body()).contains("νέος τίτλος");

            // A figure recorded through B: A's report shows it at its next request.
            String report = get(a, "/api/conferences/7/report.md", null).body();
            HttpResponse<String> figure = b.send("PUT", "/api/conferences/7/figures/evaluations.count",
                    "{\"value\": 4321}", "application/json", token, null);
            assertThat(figure.statusCode()).as(figure.body()).isEqualTo(200);
            String reportAfter = get(a, "/api/conferences/7/report.md", null).body();
            assertThat(reportAfter).isNotEqualTo(report);
            // … while the programme, which no figure changes, is still the one kept
            String etag = get(a, "/api/conferences/7/program", null).headers().firstValue("ETag").orElseThrow();
            assertThat(get(a, "/api/conferences/7/program", etag).statusCode()).isEqualTo(304);

            // Answers for one person or one token are never stored by anybody.
            HttpResponse<String> comments = a.send("GET", "/api/conferences/7/comments", null, null,
                    a.token("ops-read", Scope.READ), null);
            assertThat(comments.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(get(a, "/api/registrations/AAAAAAAAAAAAAAAAAAAAAA", null).headers()
                    .firstValue("Cache-Control")).hasValue("no-store");
        } finally {
            if (database.equals("mariadb")) {
                TestDatabases.dropMariaDb(db);
            }
        }
    }

    private HttpResponse<String> get(RunningSynedrio s, String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(s.base() + path)).GET();
        if (ifNoneMatch != null) {
            r.header("If-None-Match", ifNoneMatch);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
