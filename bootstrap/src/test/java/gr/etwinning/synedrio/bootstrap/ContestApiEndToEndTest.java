package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;

import static gr.etwinning.synedrio.bootstrap.RunningSynedrio.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contest, schools and ambassadors routes end to end: a real server on a random port over an in-memory H2
 * loaded with the 2021 dataset (which carries the 15th contest) through the CLI's import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestApiEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();
    private RunningSynedrio synedrio;
    private String writeToken;
    private String readToken;

    @BeforeAll
    void start() throws IOException {
        synedrio = RunningSynedrio.withSeed("synedrio-contest-api");
        writeToken = synedrio.token("ops-writer", Scope.WRITE);
        readToken = synedrio.token("ops-reader", Scope.READ);
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    private HttpResponse<String> putJson(String path, String body, String token) throws Exception {
        return synedrio.send("PUT", path, body, "application/json", token, null);
    }

    @Test
    void theFifteenthContestsAwardsArePublicWithEveryProjectPartnerAndTeacher() throws Exception {
        HttpResponse<String> r = synedrio.get("/api/contests/15/awards");
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
        JsonNode list = json.readTree(synedrio.get("/api/contests").body());
        assertThat(list.get(0).get("number").asInt()).isEqualTo(15);
        assertThat(list.get(0).get("schools").asInt()).isEqualTo(22);
    }

    @Test
    void thePressReleaseTableIsServedByteForByte() throws Exception {
        HttpResponse<String> r = synedrio.get("/api/contests/15/awards?format=press-release");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("text/tab-separated-values"));
        assertThat(r.body()).isEqualTo(ContestCliEndToEndTest.seedTable());
        assertThat(synedrio.get("/api/contests/15/awards?format=csv").body()).startsWith("category,category title,");
    }

    @Test
    void prizesGiveEverySchoolItsPrizeAndTheTotals() throws Exception {
        JsonNode p = json.readTree(synedrio.get("/api/contests/15/prizes").body());
        assertThat(p.get("schools")).hasSize(22);
        assertThat(p.get("totals").get(0).get("item").asText()).isEqualTo("tablet");
        assertThat(p.get("totals").get(0).get("quantity").asInt()).isEqualTo(140);
        assertThat(p.get("totals").get(1).get("quantity").asInt()).isEqualTo(8);
        assertThat(p.get("undecided").asInt()).isZero();
    }

    @Test
    void writesNeedAWriteTokenAndNothingChangesWithoutOne() throws Exception {
        String before = synedrio.get("/api/contests/15/awards").body();
        problem(putJson("/api/contests/15/awards", "{}", null), 401);
        problem(putJson("/api/contests/15/awards", "{}", readToken), 403);
        problem(synedrio.send("POST", "/api/ambassadors", "{}", "application/json", null, null), 401);
        assertThat(synedrio.get("/api/contests/15/awards").body()).isEqualTo(before);
    }

    @Test
    void aContestIsCreatedFromJsonOrTheTableAndAStaleWriteIsAConflict() throws Exception {
        String awards = synedrio.get("/api/contests/15/awards").body().replace("\"number\":15", "\"number\":16")
                .replaceAll("\"version\":\\d+", "\"version\":null");
        HttpResponse<String> created = putJson("/api/contests/16/awards", awards, writeToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/contests/16/awards");
        HttpResponse<String> changed = synedrio.send("PUT", "/api/contests/16/awards",
                awards.replace("\"conference\":7,", ""), "application/json", writeToken, "\"v1\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).contains("\"v2\"");
        JsonNode stale = problem(synedrio.send("PUT", "/api/contests/16/awards", awards, "application/json", writeToken,
                "\"v1\""), 409);
        assertThat(stale.get("detail").asText()).contains("version 2");

        HttpResponse<String> table = synedrio.send("PUT", "/api/contests/17/awards?conference=7",
                ContestCliEndToEndTest.seedTable(), "text/tab-separated-values; charset=utf-8", writeToken, null);
        assertThat(table.statusCode()).as(table.body()).isEqualTo(201);
        assertThat(json.readTree(table.body()).get("projects")).hasSize(11);
        HttpResponse<String> carried = synedrio.get("/api/contests/17/prizes"); // no policy of its own: 16's
        assertThat(carried.statusCode()).as(carried.body()).isEqualTo(200);
        assertThat(json.readTree(carried.body()).get("policyOf").asInt()).isEqualTo(16);
        HttpResponse<String> first = synedrio.send("PUT", "/api/contests/14/awards?conference=7",
                ContestCliEndToEndTest.seedTable(), "text/tab-separated-values; charset=utf-8", writeToken, null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        problem(synedrio.get("/api/contests/14/prizes"), 409); // nor has any earlier contest
    }

    @Test
    void aBadTableIsRefusedNamingItsLine() throws Exception {
        JsonNode p = problem(synedrio.send("PUT", "/api/contests/18/awards", ContestCliEndToEndTest.seedTable()
                .replace("Μαρία Γκιζλή", "Νίκος Γκιζλή Μαρία Ελένη Ζατέλη"), "text/tab-separated-values", writeToken, null), 400);
        assertThat(p.get("detail").asText()).contains("line 4 'Νίκος Γκιζλή Μαρία Ελένη Ζατέλη'");
        JsonNode twice = problem(synedrio.send("PUT", "/api/contests/18/awards", ContestCliEndToEndTest.seedTable()
                .replace("2 <sup>ο</sup>\tMe the", "1 <sup>ο</sup>\tMe the"), "text/tab-separated-values",
                writeToken, null), 409);
        assertThat(twice.get("rule").asText()).isEqualTo("one-project-per-place");
        assertThat(twice.get("detail").asText()).contains("line 12");
        problem(synedrio.get("/api/contests/18/awards"), 404);
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
        problem(synedrio.get("/api/contests/19/awards"), 404);
    }

    @Test
    void unknownContestsAre404AndBadParametersAre400() throws Exception {
        assertThat(problem(synedrio.get("/api/contests/99/awards"), 404).get("detail").asText()).contains("99");
        problem(synedrio.get("/api/contests/99/prizes"), 404);
        problem(synedrio.get("/api/contests/fifteen/awards"), 400);
        problem(synedrio.get("/api/contests/0/awards"), 400);
        problem(synedrio.get("/api/contests/15/awards?format=pdf"), 400);
        problem(synedrio.get("/api/schools?unclassified=maybe"), 400);
        problem(synedrio.send("PUT", "/api/contests/15/awards?conference=seven", "x", "text/csv", writeToken, null),
                400);
    }

    @Test
    void theSchoolsRegistryListsTheUnclassifiedApart() throws Exception {
        JsonNode all = json.readTree(synedrio.get("/api/schools").body());
        assertThat(all.size()).isGreaterThanOrEqualTo(22);
        JsonNode unclassified = json.readTree(synedrio.get("/api/schools?unclassified=true").body());
        assertThat(unclassified).hasSize(2);
        assertThat(unclassified.get(0).get("name").asText()).isEqualTo("ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ");
        assertThat(unclassified.get(0).has("type")).isFalse();
    }

    @Test
    void aRecordedAmbassadorMayChairASessionAtOnce() throws Exception {
        HttpResponse<String> added = synedrio.send("POST", "/api/ambassadors", """
                {"person": "papadaki-ioanna", "name": "Ιωάννα Παπαδάκη", "school": "3ο ΕΠΑ.Λ. ΗΡΑΚΛΕΙΟΥ",
                 "region": "Κρήτη", "since": 2017}""", "application/json", writeToken, null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(synedrio.get("/api/ambassadors").body()).contains("papadaki-ioanna", "Κρήτη");
        HttpResponse<String> conference = synedrio.send("POST", "/api/conferences", """
                {"edition": 42, "title": "42ο Συνέδριο δοκιμής", "startDate": "2032-11-12",
                 "endDate": "2032-11-12", "mode": "online"}""", "application/json", writeToken, null);
        assertThat(conference.statusCode()).as(conference.body()).isEqualTo(201);
        HttpResponse<String> chaired = synedrio.send("PUT", "/api/conferences/42/program", """
                {"sessions": [{"id": "s1", "kind": "plenary", "day": "2032-11-12",
                               "chairs": [{"person": "papadaki-ioanna"}]}]}""", "application/json", writeToken,
                null);
        assertThat(chaired.statusCode()).as(chaired.body()).isEqualTo(200);
        problem(synedrio.send("POST", "/api/ambassadors", "{\"person\": \"Κακό id\"}", "application/json", writeToken,
                null), 400);
        problem(synedrio.send("POST", "/api/ambassadors", "{\"person\": \"x\", \"since\": \"last year\"}",
                "application/json", writeToken, null), 400);
    }
}
