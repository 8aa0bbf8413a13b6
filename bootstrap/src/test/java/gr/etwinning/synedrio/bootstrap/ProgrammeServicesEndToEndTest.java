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

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programme checks, Greek search, the schedule routes and the public page over HTTP, on a real server on a random
 * port over the 2021 dataset; and the check and search commands as a script sees them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeServicesEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();
    private RunningSynedrio synedrio;
    private String readToken;
    private Path dir;

    @BeforeAll
    void start() throws Exception {
        synedrio = RunningSynedrio.withSeed("synedrio-programme");
        readToken = synedrio.token("ops-reader", Scope.READ);
        dir = synedrio.dir();
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    @Test
    void theSeedProgrammeHasOnlyWarningsItsRealGapsAndNoFalseErrors() throws Exception {
        HttpResponse<String> r = synedrio.get("/api/conferences/7/program/problems");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("errors").asInt()).isZero();
        assertThat(body.get("warnings").asInt()).isGreaterThan(10);
        assertThat(body.get("problems").findValuesAsText("severity")).containsOnly("warning");
        assertThat(body.get("problems").findValuesAsText("rule"))
                .contains("session-has-chair", "time-known", "contribution-has-title");
        assertThat(r.body()).contains("session 'd2-primary': all 31 contributions have no title")
                .doesNotContain("session 'd3-round-table' names no chair");
    }

    @Test
    void aDraftWithSeveralMistakesListsEveryOneAndStoresNothing() throws Exception {
        String draft = """
                {"persons": [{"id": "nikolaou-giorgos", "name": "Γιώργος Νικολάου"}],
                 "sessions": [
                  {"id": "d1-a", "kind": "plenary", "day": "2021-11-19", "start": "10:00", "end": "11:00",
                   "room": "Αίθουσα Ολομέλειας", "chairs": [{"person": "nikolaou-giorgos"}],
                   "contributions": [
                     {"id": "c1", "kind": "talk", "title": "Α", "speakers": ["koppis-alexandros"], "start": "10:00", "end": "10:30"},
                     {"id": "c2", "kind": "ομιλία"},
                     {"id": "c3", "kind": "talk", "start": "10:45", "end": "11:30"}]},
                  {"id": "d1-b", "kind": "plenary", "day": "2021-11-19", "start": "10:15", "end": "10:45",
                   "room": "ΑΙΘΟΥΣΑ ΟΛΟΜΕΛΕΙΑΣ",
                   "contributions": [{"id": "c4", "kind": "talk", "title": "Β", "speakers": ["koppis-alexandros", "kanenas"],
                                      "start": "10:15", "end": "10:45"}]},
                  {"id": "d9", "kind": "plenary", "day": "2021-12-24"}]}
                """;
        HttpResponse<String> r = synedrio.send("POST", "/api/conferences/7/program/problems", draft, readToken);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("problems").findValuesAsText("rule")).contains("valid-data",
                "contribution-within-session", "session-within-conference-days", "person-known",
                "chair-is-nss-member-or-ambassador", "one-place-at-a-time", "room-once-at-a-time");
        assertThat(body.get("errors").asInt()).isGreaterThanOrEqualTo(7);
        assertThat(r.body()).contains("'ομιλία' is not one of", "Γιώργος Νικολάου");
        assertThat(synedrio.get("/api/conferences/7/program").body()).doesNotContain("\"d1-b\"", "\"c4\"");

        Path file = Files.writeString(dir.resolve("draft.json"), draft);
        CliRun cli = new CliRun(dir.resolve("cli"));
        assertThat(cli.run("import", Seed.file(dir.resolve("cli")).toString()).code()).isZero();
        CliRun.Result check = cli.run("program", "check", "7", "--file", file.toString(), "--lang", "en");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("error\troom-once-at-a-time", "error\tone-place-at-a-time",
                "draft.json (draft of edition 7):");
        CliRun.Result stored = cli.run("program", "check", "7", "--lang", "en");
        assertThat(stored.code()).as(stored.out()).isZero();
        assertThat(stored.out()).contains("edition 7: 0 errors, ").doesNotContain("error\t");
    }

    @Test
    void checkingADraftNeedsAToken() throws Exception {
        assertThat(synedrio.send("POST", "/api/conferences/7/program/problems", "{\"sessions\": []}", null)
                .statusCode())
                .isEqualTo(401);
        assertThat(synedrio.get("/api/conferences/99/program/problems").statusCode()).isEqualTo(404);
    }

    // ---- search -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"κοππης", "ΚΟΠΠΗΣ", "Κόππης", "κόππης αλέξανδρος", "ΚOΠΠΗΣ", "Κοππη"})
    void searchFindsAlexandrosKoppisHoweverHisNameIsTyped(String query) throws Exception {
        HttpResponse<String> r = synedrio.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode hits = json.readTree(r.body());
        assertThat(hits.get(0).get("kind").asText()).isEqualTo("person");
        assertThat(hits.get(0).get("id").asText()).isEqualTo("koppis-alexandros");
        assertThat(hits.get(0).get("title").asText()).isEqualTo("κ. Αλέξανδρος Κόππης");
    }

    @Test
    void searchFindsASchoolOfTheRegistryAndItsContestProjectsHoweverTyped() throws Exception {
        JsonNode hits = json.readTree(synedrio.get("/api/search?q=" + URLEncoder.encode("λυκειο φιλοθεης",
                StandardCharsets.UTF_8)).body());
        assertThat(hits.get(0).get("kind").asText()).isEqualTo("school");
        assertThat(hits.get(0).get("title").asText()).isEqualTo("ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΦΙΛΟΘΕΗΣ");
        assertThat(hits.findValuesAsText("kind")).contains("project");
        assertThat(hits.findValuesAsText("title")).contains("A Robot in the Services of climate change");
        JsonNode project = json.readTree(synedrio.get("/api/search?q=DinoStem").body()).get(0);
        assertThat(project.get("kind").asText()).isEqualTo("project");
        assertThat(project.get("edition").asInt()).isEqualTo(7);
        assertThat(project.get("detail").asText()).contains("contest 15", "7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ");
        HttpResponse<String> page = synedrio.get("/conferences/7/search?q=DinoStem");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Έργο διαγωνισμού", "DinoStem", "7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ");
    }

    @Test
    void searchFindsOtherNamesSessionsAndContributionsRankingExactMatchesFirst() throws Exception {
        assertThat(synedrio.get("/api/search?q=" + URLEncoder.encode("Μιχάλης", StandardCharsets.UTF_8)).body())
                .contains("paraskevas-michail");
        JsonNode hits = json.readTree(synedrio.get("/api/search?q=" + URLEncoder.encode("βιωματικα εργαστηρια",
                StandardCharsets.UTF_8)).body());
        assertThat(hits.get(0).get("id").asText()).isEqualTo("d2-workshops");
        assertThat(hits.get(0).get("rank").asInt()).isEqualTo(3);
        JsonNode positions = json.readTree(synedrio.get("/api/search?q=" + URLEncoder.encode("ΔΕΞΙΟΤΗΤΕΣ",
                StandardCharsets.UTF_8)).body());
        assertThat(positions.findValuesAsText("kind")).contains("contribution");
        assertThat(positions.findValuesAsText("id")).contains("d3-position-sgouropoulou");
    }

    @Test
    void searchTellsWhatIsWrongWithBadInputAndNeverAnswers500() throws Exception {
        assertThat(synedrio.get("/api/search").statusCode()).isEqualTo(400);
        assertThat(synedrio.get("/api/search?q=%20%20").statusCode()).isEqualTo(400);
        assertThat(synedrio.get("/api/search?q=x&limit=lots").statusCode()).isEqualTo(400);
        assertThat(synedrio.get("/api/search?q=x&limit=1000").body()).contains("limit must be 1 to 100");
        assertThat(synedrio.get("/api/search?q=%CE%B1%CE%B2%CE%B3%CE%B4%CE%B5%CE%B6").body()).isEqualTo("[]");

        CliRun cli = new CliRun(dir.resolve("search"));
        cli.run("import", Seed.file(dir.resolve("search")).toString());
        CliRun.Result r = cli.run("search", "ΠΑΡΑΣΚΕΥΑΣ");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("person\tparaskevas-michail\tκ. Μιχαήλ Παρασκευάς").contains("1 result");
    }

    // ---- schedules and page -------------------------------------------------------------------------------------

    @Test
    void theScheduleRoutesServeTheThreeFormatsPubliclyWithTheirMediaTypes() throws Exception {
        HttpResponse<String> xml = synedrio.get("/api/conferences/7/schedule.xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(xml.body()).contains("<url>" + synedrio.base() + "/conferences/7</url>");
        assertThat(synedrio.get("/api/conferences/7/schedule.json").body()).contains("\"acronym\": \"etwinning7\"");
        HttpResponse<String> ics = synedrio.get("/api/conferences/7/schedule.ics");
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(synedrio.get("/api/conferences/99/schedule.ics").statusCode()).isEqualTo(404);
        assertThat(synedrio.get("/api/conferences/sept/schedule.json").statusCode()).isEqualTo(400);
        assertThat(synedrio.get("/api/openapi.json").body()).contains("/api/conferences/{edition}/schedule.ics",
                "/api/search", "/api/conferences/{edition}/program/problems", "\"/\"");
    }

    @Test
    void thePublicPageIsGreekSemanticHtmlWithEveryValueEscaped() throws Exception {
        HttpResponse<String> page = synedrio.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"el\">", "<h1>7ο Πανελλήνιο Συνέδριο eTwinning</h1>",
                "name=\"viewport\"", "<h2 id=\"d2021-11-20\">Σάββατο 20 Νοεμβρίου 2021</h2>",
                "Το σχολείο της εξωστρέφειας και της συνεργασίας", "κ. Αλέξανδρος Κόππης",
                "31 ομιλίες: οι τίτλοι και οι ομιλητές δεν έχουν δημοσιευτεί.",
                "1 ομιλία, 1 βιωματικό εργαστήριο: οι τίτλοι",
                "Ομιλία για τις τρέχουσες δράσεις αλλά και τις σχεδιαζόμενες του eTwinning", "09:00–19:00", "Συντονισμός: κ. Μιχαήλ Παρασκευάς", "<main>", "<article id=\"d2-primary\">",
                "Πρωτοβάθμια &amp; Δευτεροβάθμια εκπαίδευση");
        assertThat(page.body()).doesNotContain("Θέμα:", " × ");
        assertThat(synedrio.get("/?lang=en").body()).contains("<html lang=\"en\">",
                "31 talks: titles and speakers not published.", "1 talk, 1 hands-on workshop: titles")
                .doesNotContain(" × ");
        assertThat(synedrio.get("/conferences/7").body()).isEqualTo(page.body());
        HttpResponse<String> missing = synedrio.get("/conferences/99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"el\">", "Δεν υπάρχει");
        assertThat(synedrio.get("/conferences/%3Cscript%3E").body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
