package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import gr.etwinning.synedrio.adapter.in.web.ApiRoutes;
import gr.etwinning.synedrio.adapter.in.web.WebServer;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase.CreateTokenCommand;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API end to end: a real server on a random port, wired by the production modules, over an in-memory H2
 * loaded with the 2021 dataset through the CLI's import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiEndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private PersistenceModule persistence;
    private WebServer server;
    private String base;
    private String writeToken;
    private String readToken;

    @BeforeAll
    void start() throws IOException {
        persistence = new PersistenceModule(TestDatabases.h2());
        Injector injector = Main.injector(persistence);
        Path dir = Files.createTempDirectory("synedrio-api");
        int code = gr.etwinning.synedrio.adapter.in.cli.Cli.run(CliModule.factory(injector),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(System.err),
                "import", Seed.file(dir).toString());
        assertThat(code).isZero();
        CreateTokenUseCase tokens = injector.getInstance(CreateTokenUseCase.class);
        writeToken = tokens.createToken(new CreateTokenCommand("ops-writer", Scope.WRITE)).secret();
        readToken = tokens.createToken(new CreateTokenCommand("ops-reader", Scope.READ)).secret();
        server = injector.getInstance(WebServer.class).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    void stop() {
        server.close();
        persistence.closeIfOpened();
    }

    private HttpResponse<String> send(String method, String path, String body, String token, String ifMatch)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null, null);
    }

    private JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).startsWith("urn:synedrio:problem:");
        assertThat(p.get("detail").asText()).isNotBlank();
        return p;
    }

    @Test
    void theProgrammeOf2021IsPublicWithEverySessionAndContribution() throws Exception {
        HttpResponse<String> r = get("/api/conferences/7/program");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).contains("\"v1\"");
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("edition").asInt()).isEqualTo(7);
        assertThat(p.get("sessions")).hasSize(9);
        int contributions = 0;
        int talks = 0;
        int workshops = 0;
        for (JsonNode s : p.get("sessions")) {
            contributions += s.get("contributions").size();
            for (JsonNode c : s.get("contributions")) {
                talks += c.get("kind").asText().equals("talk") ? 1 : 0;
                workshops += c.get("kind").asText().equals("workshop") ? 1 : 0;
            }
        }
        assertThat(contributions).isEqualTo(87);
        assertThat(talks).isEqualTo(57);
        assertThat(workshops).isEqualTo(17);
        assertThat(r.body()).contains("Αλέξανδρος Κόππης", "Το σχολείο της εξωστρέφειας και της συνεργασίας");
        JsonNode roundTable = p.get("sessions").get(8);
        assertThat(roundTable.get("kind").asText()).isEqualTo("round-table");
        assertThat(roundTable.get("chairs").get(0).get("role").asText()).isEqualTo("moderator");
        assertThat(roundTable.get("contributions")).hasSize(5);
    }

    @Test
    void conferencesAreListedAndReadWithTheirDays() throws Exception {
        JsonNode list = json.readTree(get("/api/conferences").body());
        assertThat(list).isNotEmpty();
        assertThat(list.get(0).get("edition").asInt()).isEqualTo(7);
        JsonNode c = json.readTree(get("/api/conferences/7").body());
        assertThat(c.get("title").asText()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(c.get("mode").asText()).isEqualTo("online");
        assertThat(c.get("days")).hasSize(3);
    }

    @Test
    void aWriteWithoutATokenIsRefusedWith401AndNothingChanges() throws Exception {
        String before = get("/api/conferences/7/program").body();
        HttpResponse<String> r = send("PUT", "/api/conferences/7/program", "{\"sessions\":[]}", null, null);
        problem(r, 401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        problem(send("PUT", "/api/conferences/7/program", "{\"sessions\":[]}", "syn_forged", null), 401);
        problem(send("POST", "/api/conferences", "{}", null, null), 401);
        assertThat(get("/api/conferences/7/program").body()).isEqualTo(before);
    }

    @Test
    void aReadTokenMayNotWrite() throws Exception {
        JsonNode p = problem(send("PUT", "/api/conferences/7", "{}", readToken, null), 403);
        assertThat(p.get("detail").asText()).contains("ops-reader");
    }

    @Test
    void aConferenceIsCreatedUpdatedAndItsProgrammeReplacedWithVersionChecks() throws Exception {
        String conference = """
                {"edition": 41, "title": "41ο Συνέδριο δοκιμής", "startDate": "2031-11-14",
                 "endDate": "2031-11-15", "mode": "hybrid", "venue": "Πάτρα"}""";
        HttpResponse<String> created = send("POST", "/api/conferences", conference, writeToken, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/conferences/41");
        problem(send("POST", "/api/conferences", conference, writeToken, null), 409);

        String programme = """
                {"persons": [{"id": "nikolaou-eleni", "honorific": "κα", "name": "Ελένη Νικολάου",
                              "standings": ["ambassador"]}],
                 "sessions": [{"id": "s1", "kind": "workshops", "title": "Εργαστήρια", "day": "2031-11-14",
                               "start": "10:00", "end": "12:00", "chairs": [{"person": "nikolaou-eleni"}],
                               "contributions": [{"id": "w1", "kind": "workshop", "title": "Ρομποτική",
                                                  "speakers": ["nikolaou-eleni"], "start": "10:00", "end": "11:00"}]}]}""";
        HttpResponse<String> replaced = send("PUT", "/api/conferences/41/program", programme, writeToken, "\"v1\"");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.headers().firstValue("ETag")).contains("\"v2\"");
        assertThat(json.readTree(get("/api/conferences/41/program").body()).get("sessions").get(0)
                .get("contributions").get(0).get("title").asText()).isEqualTo("Ρομποτική");

        JsonNode stale = problem(send("PUT", "/api/conferences/41/program", programme, writeToken, "\"v1\""), 409);
        assertThat(stale.get("detail").asText()).contains("version 2");

        String moved = conference.replace("2031-11-14", "2031-11-15").replace("\"edition\": 41, ", "");
        JsonNode outside = problem(send("PUT", "/api/conferences/41", moved, writeToken, null), 409);
        assertThat(outside.get("rule").asText()).isEqualTo("session-within-conference-days");
        assertThat(outside.get("item").asText()).contains("s1");
    }

    @Test
    void brokenProgrammesAreRefusedNamingTheSessionAndLeaveTheProgrammeAsItWas() throws Exception {
        String before = get("/api/conferences/7/program").body();
        JsonNode endsBeforeStart = problem(send("PUT", "/api/conferences/7/program", """
                {"sessions": [{"id": "d2-broken", "kind": "plenary", "day": "2021-11-20",
                               "start": "12:00", "end": "10:00"}]}""", writeToken, null), 400);
        assertThat(endsBeforeStart.get("detail").asText()).contains("session 'd2-broken'");

        JsonNode notNss = problem(send("PUT", "/api/conferences/7/program", """
                {"persons": [{"id": "teacher-x", "name": "Γιώργος Δασκάλου"}],
                 "sessions": [{"id": "d2-chaired", "kind": "plenary", "day": "2021-11-20",
                               "chairs": [{"person": "teacher-x"}]}]}""", writeToken, null), 409);
        assertThat(notNss.get("rule").asText()).isEqualTo("chair-is-nss-member-or-ambassador");
        assertThat(notNss.get("detail").asText()).contains("d2-chaired", "Γιώργος Δασκάλου");

        JsonNode unknownKind = problem(send("PUT", "/api/conferences/7/program", """
                {"sessions": [{"id": "x", "kind": "party", "day": "2021-11-20"}]}""", writeToken, null), 400);
        assertThat(unknownKind.get("detail").asText()).contains("party", "round-table");

        assertThat(get("/api/conferences/7/program").body()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "\"x\"", "{\"sessions\": {}}", "{\"sessions\": [null]}",
            "{\"sessions\": [{}]}", "{\"sessions\": [{\"id\": \"a\", \"kind\": \"plenary\", \"day\": \"2021-13-45\"}]}",
            "{\"sessions\": [{\"id\": \"a\", \"kind\": \"plenary\", \"day\": \"2021-11-20\", \"start\": \"25:00\", \"end\": \"26:00\"}]}",
            "{\"sessions\": [{\"id\": \"Κακό id\", \"kind\": \"plenary\", \"day\": \"2021-11-20\"}]}",
            "{\"edition\": 99999999999999999999}", "{\"sesions\": []}", "{\"sessions\": []} trailing"})
    void malformedBodiesGet400NeverA500(String body) throws Exception {
        HttpResponse<String> r = send("PUT", "/api/conferences/7/program", body, writeToken, null);
        JsonNode p = problem(r, 400);
        assertThat(p.get("detail").asText()).doesNotContain("Exception");
    }

    @Test
    void malformedJsonNamesTheLineAndUnknownFieldsAreNamed() throws Exception {
        JsonNode broken = problem(send("POST", "/api/conferences", "{\n  \"edition\": 50,\n  \"title\": }",
                writeToken, null), 400);
        assertThat(broken.get("detail").asText()).contains("line 3");
        JsonNode unknown = problem(send("POST", "/api/conferences", "{\"edition\": 50, \"titel\": \"x\"}",
                writeToken, null), 400);
        assertThat(unknown.get("detail").asText()).contains("titel");
    }

    @Test
    void unknownIdsAndRoutesAre404AndBadIdsAre400() throws Exception {
        assertThat(problem(get("/api/conferences/99/program"), 404).get("detail").asText()).contains("99");
        problem(get("/api/conferences/99"), 404);
        problem(get("/api/nothing-here"), 404);
        problem(get("/api/conferences/seven"), 400);
        problem(get("/api/conferences/0"), 400);
        problem(send("PUT", "/api/conferences/7/program", "{}", writeToken, "v1"), 400);
    }

    @Test
    void openApiDescribesEveryRegisteredRoute() throws Exception {
        JsonNode doc = json.readTree(get("/api/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (ApiRoutes.Operation op : server.operations()) {
            JsonNode path = doc.get("paths").get(op.path());
            assertThat(path).as(op.path()).isNotNull();
            JsonNode operation = path.get(op.method().name().toLowerCase(Locale.ROOT));
            assertThat(operation).as(op.method() + " " + op.path()).isNotNull();
            assertThat(operation.has("security")).isEqualTo(op.access() != gr.etwinning.synedrio.adapter.in.web.Access.PUBLIC);
        }
        assertThat(doc.get("paths").get("/api/conferences/{edition}/program").has("put")).isTrue();
        assertThat(doc.get("components").get("schemas").get("SessionData").get("properties").has("chairs")).isTrue();
    }
}
