package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contest, schools and ambassadors routes end to end: a real server on a random port over an in-memory H2
 * loaded with the 2021 dataset (which carries the 15th contest) through the CLI's import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestApiEndToEndTest {

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
        Path dir = Files.createTempDirectory("synedrio-contest-api");
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

    private HttpResponse<String> send(String method, String path, String body, String contentType, String token,
                                      String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", contentType);
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
        return send("GET", path, null, null, null, null);
    }

    private HttpResponse<String> putJson(String path, String body, String token) throws Exception {
        return send("PUT", path, body, "application/json", token, null);
    }

    private JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        return p;
    }

    @Test
    void theFifteenthContestsAwardsArePublicWithEveryProjectPartnerAndTeacher() throws Exception {
        HttpResponse<String> r = get("/api/contests/15/awards");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).contains("\"v1\"");
        JsonNode c = json.readTree(r.body());
        assertThat(c.get("conference").asInt()).isEqualTo(7);
        assertThat(c.get("categories")).hasSize(6);
        assertThat(c.get("projects")).hasSize(11);
        int partners = 0;
        int teachers = 0;
        for (JsonNode p : c.get("projects")) {
            partners += p.get("partners").size();
            for (JsonNode partner : p.get("partners")) {
                teachers += partner.get("teachers").size();
            }
        }
        assertThat(partners).isEqualTo(22);
        assertThat(teachers).isEqualTo(30);
        JsonNode list = json.readTree(get("/api/contests").body());
        assertThat(list.get(0).get("number").asInt()).isEqualTo(15);
        assertThat(list.get(0).get("schools").asInt()).isEqualTo(22);
    }

    @Test
    void thePressReleaseTableIsServedByteForByte() throws Exception {
        HttpResponse<String> r = get("/api/contests/15/awards?format=press-release");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("text/tab-separated-values"));
        assertThat(r.body()).isEqualTo(ContestCliEndToEndTest.seedTable());
        assertThat(get("/api/contests/15/awards?format=csv").body()).startsWith("category,category title,");
    }

    @Test
    void prizesGiveEverySchoolItsPrizeAndTheTotals() throws Exception {
        JsonNode p = json.readTree(get("/api/contests/15/prizes").body());
        assertThat(p.get("schools")).hasSize(22);
        assertThat(p.get("totals").get(0).get("item").asText()).isEqualTo("tablet");
        assertThat(p.get("totals").get(0).get("quantity").asInt()).isEqualTo(140);
        assertThat(p.get("totals").get(1).get("quantity").asInt()).isEqualTo(8);
        assertThat(p.get("undecided").asInt()).isZero();
    }

    @Test
    void writesNeedAWriteTokenAndNothingChangesWithoutOne() throws Exception {
        String before = get("/api/contests/15/awards").body();
        problem(putJson("/api/contests/15/awards", "{}", null), 401);
        problem(putJson("/api/contests/15/awards", "{}", readToken), 403);
        problem(send("POST", "/api/ambassadors", "{}", "application/json", null, null), 401);
        assertThat(get("/api/contests/15/awards").body()).isEqualTo(before);
    }

    @Test
    void aContestIsCreatedFromJsonOrTheTableAndAStaleWriteIsAConflict() throws Exception {
        String awards = get("/api/contests/15/awards").body().replace("\"number\":15", "\"number\":16")
                .replaceAll("\"version\":\\d+", "\"version\":null");
        HttpResponse<String> created = putJson("/api/contests/16/awards", awards, writeToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/contests/16/awards");
        HttpResponse<String> changed = send("PUT", "/api/contests/16/awards",
                awards.replace("\"conference\":7,", ""), "application/json", writeToken, "\"v1\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"v2\"");
        JsonNode stale = problem(send("PUT", "/api/contests/16/awards", awards, "application/json", writeToken,
                "\"v1\""), 409);
        assertThat(stale.get("detail").asText()).contains("version 2");

        HttpResponse<String> table = send("PUT", "/api/contests/17/awards?conference=7",
                ContestCliEndToEndTest.seedTable(), "text/tab-separated-values; charset=utf-8", writeToken, null);
        assertThat(table.statusCode()).as(table.body()).isEqualTo(201);
        assertThat(json.readTree(table.body()).get("projects")).hasSize(11);
        problem(get("/api/contests/17/prizes"), 409);
    }

    @Test
    void aBadTableIsRefusedNamingItsLine() throws Exception {
        JsonNode p = problem(send("PUT", "/api/contests/18/awards", ContestCliEndToEndTest.seedTable()
                .replace("Μαρία Γκιζλή", "Άννα Μαρία Γκιζλή"), "text/tab-separated-values", writeToken, null), 400);
        assertThat(p.get("detail").asText()).contains("line 4 'Άννα Μαρία Γκιζλή'");
        JsonNode twice = problem(send("PUT", "/api/contests/18/awards", ContestCliEndToEndTest.seedTable()
                .replace("2 <sup>ο</sup>\tMe the", "1 <sup>ο</sup>\tMe the"), "text/tab-separated-values",
                writeToken, null), 409);
        assertThat(twice.get("rule").asText()).isEqualTo("one-project-per-place");
        assertThat(twice.get("detail").asText()).contains("line 12");
        problem(get("/api/contests/18/awards"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "{\"projects\": {}}", "{\"projects\": [null]}",
            "{\"projects\": [{}]}", "{\"categories\": [{\"kind\": \"university\", \"title\": \"x\"}]}",
            "{\"categories\": [{\"kind\": \"stem\"}]}",
            "{\"categories\": [{\"kind\": \"stem\", \"title\": \"Ειδική κατηγορία: Δράση STEM\"}], \"projects\":"
                    + " [{\"category\": \"stem\", \"award\": \"first\", \"title\": \"x\", \"partners\": [{\"school\": \"1ο ΓΕΛ\"}]}]}",
            "{\"categories\": [], \"projects\": [{\"category\": \"stem\", \"award\": \"prize\", \"title\": \"x\"}]}",
            "{\"number\": 99}", "{\"schoolYear\": \"2020-2023\"}", "{\"conference\": 0}",
            "{\"prizePolicy\": {\"rules\": []}}", "{\"prizePolicy\": {\"rules\": [{\"level\": \"primary\", \"quantity\": 0, \"item\": \"tablet\"}]}}",
            "{\"prizePolicy\": {\"rules\": [{\"level\": \"tertiary\", \"quantity\": 1, \"item\": \"tablet\"}]}}",
            "{\"projekts\": []}", "{\"number\": 99999999999999999999}"})
    void malformedAwardsGet400NeverA500(String body) throws Exception {
        HttpResponse<String> r = putJson("/api/contests/19/awards", body, writeToken);
        assertThat(r.statusCode()).as(body + " → " + r.body()).isIn(400, 409);
        problem(r, r.statusCode());
        problem(get("/api/contests/19/awards"), 404);
    }

    @Test
    void unknownContestsAre404AndBadParametersAre400() throws Exception {
        assertThat(problem(get("/api/contests/99/awards"), 404).get("detail").asText()).contains("99");
        problem(get("/api/contests/99/prizes"), 404);
        problem(get("/api/contests/fifteen/awards"), 400);
        problem(get("/api/contests/0/awards"), 400);
        problem(get("/api/contests/15/awards?format=pdf"), 400);
        problem(get("/api/schools?unclassified=maybe"), 400);
        problem(send("PUT", "/api/contests/15/awards?conference=seven", "x", "text/csv", writeToken, null), 400);
    }

    @Test
    void theSchoolsRegistryListsTheUnclassifiedApart() throws Exception {
        JsonNode all = json.readTree(get("/api/schools").body());
        assertThat(all.size()).isGreaterThanOrEqualTo(22);
        JsonNode unclassified = json.readTree(get("/api/schools?unclassified=true").body());
        assertThat(unclassified).hasSize(2);
        assertThat(unclassified.get(0).get("name").asText()).isEqualTo("ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ");
        assertThat(unclassified.get(0).has("type")).isFalse();
    }

    @Test
    void aRecordedAmbassadorMayChairASessionAtOnce() throws Exception {
        HttpResponse<String> added = send("POST", "/api/ambassadors", """
                {"person": "papadaki-ioanna", "name": "Ιωάννα Παπαδάκη", "school": "3ο ΕΠΑ.Λ. ΗΡΑΚΛΕΙΟΥ",
                 "region": "Κρήτη", "since": 2017}""", "application/json", writeToken, null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(get("/api/ambassadors").body()).contains("papadaki-ioanna", "Κρήτη");
        HttpResponse<String> conference = send("POST", "/api/conferences", """
                {"edition": 42, "title": "42ο Συνέδριο δοκιμής", "startDate": "2032-11-12",
                 "endDate": "2032-11-12", "mode": "online"}""", "application/json", writeToken, null);
        assertThat(conference.statusCode()).as(conference.body()).isEqualTo(201);
        HttpResponse<String> chaired = send("PUT", "/api/conferences/42/program", """
                {"sessions": [{"id": "s1", "kind": "plenary", "day": "2032-11-12",
                               "chairs": [{"person": "papadaki-ioanna"}]}]}""", "application/json", writeToken,
                null);
        assertThat(chaired.statusCode()).as(chaired.body()).isEqualTo(200);
        problem(send("POST", "/api/ambassadors", "{\"person\": \"Κακό id\"}", "application/json", writeToken,
                null), 400);
        problem(send("POST", "/api/ambassadors", "{\"person\": \"x\", \"since\": \"last year\"}",
                "application/json", writeToken, null), 400);
    }
}
