package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.adapter.in.web.ApiRoutes;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Locale;

import static gr.etwinning.synedrio.bootstrap.RunningSynedrio.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API end to end: a real server on a random port, wired by the production modules, over an in-memory H2
 * loaded with the 2021 dataset through the CLI's import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();
    private RunningSynedrio synedrio;
    private String writeToken;
    private String readToken;

    @BeforeAll
    void start() throws IOException {
        synedrio = RunningSynedrio.withSeed("synedrio-api");
        writeToken = synedrio.token("ops-writer", Scope.WRITE);
        readToken = synedrio.token("ops-reader", Scope.READ);
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    @Test
    void theProgrammeOf2021IsPublicWithEverySessionAndContribution() throws Exception {
        HttpResponse<String> r = synedrio.get("/api/conferences/7/program");
        assertThat(r.statusCode()).isEqualTo(200);
        // "v<version>-<digest of the bytes>": If-Match takes the version, If-None-Match the whole tag (issue 16)
        assertThat(r.headers().firstValue("ETag").orElseThrow()).matches("\"v1-[0-9a-f]{24}\"");
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
        JsonNode list = json.readTree(synedrio.get("/api/conferences").body());
        assertThat(list).isNotEmpty();
        assertThat(list.get(0).get("edition").asInt()).isEqualTo(7);
        JsonNode c = json.readTree(synedrio.get("/api/conferences/7").body());
        assertThat(c.get("title").asText()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(c.get("mode").asText()).isEqualTo("online");
        assertThat(c.get("days")).hasSize(3);
    }

    @Test
    void aWriteWithoutATokenIsRefusedWith401AndNothingChanges() throws Exception {
        String before = synedrio.get("/api/conferences/7/program").body();
        HttpResponse<String> r = synedrio.send("PUT", "/api/conferences/7/program", "{\"sessions\":[]}", null);
        problem(r, 401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        problem(synedrio.send("PUT", "/api/conferences/7/program", "{\"sessions\":[]}", "syn_forged"), 401);
        problem(synedrio.send("POST", "/api/conferences", "{}", null), 401);
        assertThat(synedrio.get("/api/conferences/7/program").body()).isEqualTo(before);
    }

    @Test
    void aReadTokenMayNotWrite() throws Exception {
        JsonNode p = problem(synedrio.send("PUT", "/api/conferences/7", "{}", readToken), 403);
        assertThat(p.get("detail").asText()).contains("ops-reader");
    }

    @Test
    void aConferenceIsCreatedUpdatedAndItsProgrammeReplacedWithVersionChecks() throws Exception {
        String conference = """
                {"edition": 41, "title": "41ο Συνέδριο δοκιμής", "startDate": "2031-11-14",
                 "endDate": "2031-11-15", "mode": "hybrid", "venue": "Πάτρα"}""";
        HttpResponse<String> created = synedrio.send("POST", "/api/conferences", conference, writeToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/conferences/41");
        problem(synedrio.send("POST", "/api/conferences", conference, writeToken), 409);

        String programme = """
                {"persons": [{"id": "nikolaou-eleni", "honorific": "κα", "name": "Ελένη Νικολάου",
                              "standings": ["ambassador"]}],
                 "sessions": [{"id": "s1", "kind": "workshops", "title": "Εργαστήρια", "day": "2031-11-14",
                               "start": "10:00", "end": "12:00", "chairs": [{"person": "nikolaou-eleni"}],
                               "contributions": [{"id": "w1", "kind": "workshop", "title": "Ρομποτική",
                                                  "speakers": ["nikolaou-eleni"], "start": "10:00", "end": "11:00"}]}]}""";
        HttpResponse<String> replaced = synedrio.send("PUT", "/api/conferences/41/program", programme,
                "application/json", writeToken, "\"v1\"");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.headers().firstValue("ETag")).contains("\"v2\"");
        assertThat(json.readTree(synedrio.get("/api/conferences/41/program").body()).get("sessions").get(0)
                .get("contributions").get(0).get("title").asText()).isEqualTo("Ρομποτική");

        JsonNode stale = problem(synedrio.send("PUT", "/api/conferences/41/program", programme, "application/json",
                writeToken, "\"v1\""), 409);
        assertThat(stale.get("detail").asText()).contains("version 2");

        String moved = conference.replace("2031-11-14", "2031-11-15").replace("\"edition\": 41, ", "");
        JsonNode outside = problem(synedrio.send("PUT", "/api/conferences/41", moved, writeToken), 409);
        assertThat(outside.get("rule").asText()).isEqualTo("session-within-conference-days");
        assertThat(outside.get("item").asText()).contains("s1");
    }

    @Test
    void brokenProgrammesAreRefusedNamingTheSessionAndLeaveTheProgrammeAsItWas() throws Exception {
        String before = synedrio.get("/api/conferences/7/program").body();
        JsonNode endsBeforeStart = problem(synedrio.send("PUT", "/api/conferences/7/program", """
                {"sessions": [{"id": "d2-broken", "kind": "plenary", "day": "2021-11-20",
                               "start": "12:00", "end": "10:00"}]}""", writeToken), 409);
        assertThat(endsBeforeStart.get("rule").asText()).as("an end before the start is past midnight (issue 21),"
                + " which a day without hours does not reach").isEqualTo("session-within-conference-day");
        assertThat(endsBeforeStart.get("detail").asText()).contains("session 'd2-broken'", "ends at midnight");

        JsonNode notNss = problem(synedrio.send("PUT", "/api/conferences/7/program", """
                {"persons": [{"id": "teacher-x", "name": "Γιώργος Δασκάλου"}],
                 "sessions": [{"id": "d2-chaired", "kind": "plenary", "day": "2021-11-20",
                               "chairs": [{"person": "teacher-x"}]}]}""", writeToken), 409);
        assertThat(notNss.get("rule").asText()).isEqualTo("chair-is-nss-member-or-ambassador");
        assertThat(notNss.get("detail").asText()).contains("d2-chaired", "Γιώργος Δασκάλου");

        JsonNode unknownKind = problem(synedrio.send("PUT", "/api/conferences/7/program", """
                {"sessions": [{"id": "x", "kind": "party", "day": "2021-11-20"}]}""", writeToken), 400);
        assertThat(unknownKind.get("detail").asText()).contains("party", "round-table");

        assertThat(synedrio.get("/api/conferences/7/program").body()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "\"x\"", "{\"sessions\": {}}", "{\"sessions\": [null]}",
            "{\"sessions\": [{}]}", "{\"sessions\": [{\"id\": \"a\", \"kind\": \"plenary\", \"day\": \"2021-13-45\"}]}",
            "{\"sessions\": [{\"id\": \"a\", \"kind\": \"plenary\", \"day\": \"2021-11-20\", \"start\": \"25:00\", \"end\": \"26:00\"}]}",
            "{\"sessions\": [{\"id\": \"Κακό id\", \"kind\": \"plenary\", \"day\": \"2021-11-20\"}]}",
            "{\"edition\": 99999999999999999999}", "{\"sesions\": []}", "{\"sessions\": []} trailing"})
    void malformedBodiesGet400NeverA500(String body) throws Exception {
        HttpResponse<String> r = synedrio.send("PUT", "/api/conferences/7/program", body, writeToken);
        JsonNode p = problem(r, 400);
        assertThat(p.get("detail").asText()).doesNotContain("Exception");
    }

    @Test
    void malformedJsonNamesTheLineAndUnknownFieldsAreNamed() throws Exception {
        JsonNode broken = problem(synedrio.send("POST", "/api/conferences", "{\n  \"edition\": 50,\n  \"title\": }",
                writeToken), 400);
        assertThat(broken.get("detail").asText()).contains("line 3");
        JsonNode unknown = problem(synedrio.send("POST", "/api/conferences", "{\"edition\": 50, \"titel\": \"x\"}",
                writeToken), 400);
        assertThat(unknown.get("detail").asText()).contains("titel");
    }

    @Test
    void unknownIdsAndRoutesAre404AndBadIdsAre400() throws Exception {
        assertThat(problem(synedrio.get("/api/conferences/99/program"), 404).get("detail").asText()).contains("99");
        problem(synedrio.get("/api/conferences/99"), 404);
        problem(synedrio.get("/api/nothing-here"), 404);
        problem(synedrio.get("/api/conferences/seven"), 400);
        problem(synedrio.get("/api/conferences/0"), 400);
        problem(synedrio.send("PUT", "/api/conferences/7/program", "{}", "application/json", writeToken, "v1"), 400);
    }

    @Test
    void openApiDescribesEveryRegisteredRoute() throws Exception {
        JsonNode doc = json.readTree(synedrio.get("/api/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (ApiRoutes.Operation op : synedrio.server().operations()) {
            JsonNode path = doc.get("paths").get(op.path());
            assertThat(path).as(op.path()).isNotNull();
            JsonNode operation = path.get(op.method().name().toLowerCase(Locale.ROOT));
            assertThat(operation).as(op.method() + " " + op.path()).isNotNull();
            assertThat(operation.has("security")).isEqualTo(op.access() != gr.etwinning.synedrio.adapter.in.web.Access.PUBLIC);
        }
        assertThat(doc.get("paths").get("/api/conferences/{edition}/program").has("put")).isTrue();
        assertThat(doc.get("components").get("schemas").get("SessionData").get("properties").has("chairs")).isTrue();
    }

    @Test
    void everyQueryParameterAHandlerReadsIsInTheOpenApiDocument() throws Exception {
        JsonNode doc = json.readTree(synedrio.get("/api/openapi.json").body());
        java.util.Set<String> documented = new java.util.TreeSet<>();
        doc.get("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("parameters")) {
                operation.get("parameters").forEach(p -> {
                    if (p.get("in").asText().equals("query")) {
                        assertThat(p.get("description").asText()).as(p.get("name").asText()).isNotBlank();
                        documented.add(p.get("name").asText());
                    }
                });
            }
        }));
        assertThat(doc.get("paths").get("/api/search").get("get").get("parameters"))
                .extracting(p -> p.get("name").asText()).contains("q", "limit");
        assertThat(doc.get("paths").get("/api/conferences/{edition}/attendance/{id}").get("put").get("parameters"))
                .extracting(p -> p.get("name").asText()).contains("platform", "timezone", "columns", "fileName");
        // what the handlers read, from the web adapter's source: a parameter added without its documentation fails
        java.nio.file.Path web = java.nio.file.Path.of(System.getenv().getOrDefault("SYNEDRIO_TEST_ROOT", ".."),
                "adapter-web", "src", "main", "java");
        java.util.Set<String> read = new java.util.TreeSet<>();
        java.util.regex.Pattern call = java.util.regex.Pattern.compile(
                "queryParams?\\(\"([A-Za-z]+)\"\\)|optionalNumber\\(ctx, \"([A-Za-z]+)\"\\)");
        try (var files = java.nio.file.Files.walk(web)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = call.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    read.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(read).as("query parameters read by the web adapter").contains("q", "platform", "format");
        // 'done' and 'w' are set by the participant pages' own redirects (the notice after a post), not by a caller
        read.removeAll(java.util.Set.of("done", "w"));
        assertThat(documented).containsAll(read);
    }
}
