package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;

import static gr.etwinning.synedrio.bootstrap.RunningSynedrio.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report routes end to end: a real server on a random port over H2 with the 2021 dataset, and a made-up 8th
 * edition entered through the API with its own programme and figures, which gets its own report and the change
 * since the 7th.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();
    private RunningSynedrio synedrio;
    private String writeToken;
    private String readToken;

    @BeforeAll
    void start() throws Exception {
        synedrio = RunningSynedrio.withSeed("synedrio-report-api");
        writeToken = synedrio.token("ops-maria", Scope.WRITE);
        readToken = synedrio.token("ops-nikos", Scope.READ);
        enterEditionEight();
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    private HttpResponse<String> ok(String method, String path, String body) throws Exception {
        HttpResponse<String> r = synedrio.send(method, path, body, writeToken);
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 204);
        return r;
    }

    /** The 8th conference, as an operator would enter it over the API, with figures of its own. */
    private void enterEditionEight() throws Exception {
        ok("POST", "/api/conferences", """
                {"edition": 8, "title": "8ο Πανελλήνιο Συνέδριο eTwinning", "theme": "Η τάξη ανοιχτή στον κόσμο",
                 "startDate": "2022-12-02", "endDate": "2022-12-04", "mode": "hybrid", "venue": "Θεσσαλονίκη"}""");
        ok("PUT", "/api/conferences/8/program", """
                {"persons": [{"id": "georgiou-anna", "honorific": "κα", "name": "Άννα Γεωργίου",
                              "role": "Προϊσταμένη", "affiliation": "ΕΥΥ eTwinning", "standings": ["nss-member"]},
                             {"id": "samaras-petros", "honorific": "κ.", "name": "Πέτρος Σαμαράς"}],
                 "sessions": [
                  {"id": "a1-opening", "kind": "opening", "day": "2022-12-02", "chairs": [{"person": "georgiou-anna"}],
                   "contributions": [{"id": "a1-open", "kind": "opening", "speakers": ["georgiou-anna"]}]},
                  {"id": "b2-primary", "kind": "parallel", "title": "Πρωτοβάθμια", "day": "2022-12-03",
                   "start": "10:00", "end": "14:30", "level": "primary", "chairs": [{"person": "georgiou-anna"}],
                   "contributions": [{"id": "b2-1", "kind": "talk"}, {"id": "b2-2", "kind": "talk"},
                                     {"id": "b2-3", "kind": "scientific-announcement"}]},
                  {"id": "b2-workshops", "kind": "workshops", "day": "2022-12-03", "start": "15:00", "end": "17:00",
                   "contributions": [{"id": "w-1", "kind": "workshop"}, {"id": "w-2", "kind": "workshop"}]},
                  {"id": "c3-round-table", "kind": "round-table", "title": "Τεχνητή νοημοσύνη στο σχολείο",
                   "day": "2022-12-04", "chairs": [{"person": "georgiou-anna", "role": "moderator"}],
                   "contributions": [{"id": "c3-1", "kind": "round-table-position", "title": "Δεδομένα και ηθική",
                                      "speakers": ["samaras-petros"]}]}]}""");
        ok("PUT", "/api/conferences/8/figures/registrations",
                "{\"value\": 8200, \"qualifier\": \"approximately\", \"source\": \"Πλατφόρμα εγγραφών\"}");
        ok("PUT", "/api/conferences/8/figures/stream.day1.live-viewers",
                "{\"value\": 750, \"qualifier\": \"more-than\"}");
        ok("PUT", "/api/conferences/8/figures/community.greece.teachers",
                "{\"key\": \"community.greece.teachers\", \"value\": 38120, \"written\": \"38120\","
                        + " \"asOf\": \"2022-12-05\"}");
        ok("POST", "/api/conferences/8/comments",
                "{\"text\": \"Υπέροχη εμπειρία στη Θεσσαλονίκη!\", \"selected\": true}");
    }

    @Test
    void aDifferentEditionEnteredThroughTheApiGetsItsOwnReportWithNothingFrom2021() throws Exception {
        HttpResponse<String> r = synedrio.send("GET", "/api/conferences/8/report.md", null, null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct)
                .startsWith("text/markdown"));
        assertThat(r.body()).contains("**8ο Πανελλήνιο Συνέδριο eTwinning:  \n«Η τάξη ανοιχτή στον κόσμο»**",
                "του 8<sup>ου</sup> Πανελληνίου Υβριδικού Συνεδρίου eTwinning, από **2 έως 4 Δεκεμβρίου 2022**",
                "υβριδικά και οι εγγραφές των εκπαιδευτικών ήταν περίπου **8.200**",
                "(Παρασκευή, 2/12/2022)", "πάνω από **750** εκπαιδευτικοί",
                "Στο χρονικό διάστημα από 10.00 πμ μέχρι 5.00 μμ",
                "**τρεις (3) ομιλίες**", "**δύο (2) βιωματικά εργαστήρια**",
                "«Τεχνητή νοημοσύνη στο σχολείο»", "«Δεδομένα και ηθική»**, από τον κ. Πέτρος Σαμαράς",
                "**38120** εκπαιδευτικοί", "(τελευταία ενημέρωση: 05-12-2022)",
                "- Υπέροχη εμπειρία στη Θεσσαλονίκη!", "Τα σχολεία που βραβεύθηκαν: [λείπει: contest]");
        assertThat(r.body()).doesNotContain("Κόππης", "DinoStem", "Νοεμβρίου 2021", "35832", "για δεύτερη χρονιά",
                "υπερδύναμη");
    }

    @Test
    void theReportStatesTheChangeSinceTheSeventhInASentenceAndATable() throws Exception {
        String report = synedrio.send("GET", "/api/conferences/8/report.md", null, null).body();

        assertThat(report).contains("Σε σύγκριση με το 7<sup>ο</sup> συνέδριο (2021), οι εγγραφές αυξήθηκαν κατά"
                        + " +17,1% (πάνω από 7.000 → περίπου 8.200), οι ομιλίες μειώθηκαν κατά -94,7% (57 → 3) και τα"
                        + " εργαστήρια μειώθηκαν κατά -88,2% (17 → 2).",
                "| | 7ο (2021) | 8ο (2022) | μεταβολή |",
                "| Εγγραφές | πάνω από 7.000 | περίπου 8.200 | +1.200 +17,1% |",
                "| Ομιλίες και επιστημονικές ανακοινώσεις | 57 | 3 | -54 -94,7% |",
                "| Βιωματικά εργαστήρια | 17 | 2 | -15 -88,2% |");
        assertThat(synedrio.send("GET", "/api/conferences/7/report.md", null, null).body())
                .doesNotContain("Σε σύγκριση με");
    }

    @Test
    void theFiguresItLacksAreGapsAndAreNamedInAHeader() throws Exception {
        HttpResponse<String> r = synedrio.send("GET", "/api/conferences/8/report.html", null, null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct)
                .startsWith("text/html"));
        assertThat(r.body()).contains("<strong>[λείπει: video.day1.views]</strong>");
        assertThat(r.headers().firstValue("Synedrio-Missing-Figures")).hasValueSatisfying(h -> assertThat(h)
                .startsWith("contest, video.day1.views, participants.day2.parallel, workshops.unique-participants")
                .contains("evaluations.count").contains("contest").doesNotContain("registrations"));
        assertThat(synedrio.send("GET", "/api/conferences/7/report.md", null, null).headers()
                .firstValue("Synedrio-Missing-Figures")).isEmpty();
    }

    @Test
    void figuresAreListedPubliclyAndTheModelIsServedAsJson() throws Exception {
        JsonNode figures = json.readTree(synedrio.send("GET", "/api/conferences/8/figures", null, null).body());
        assertThat(figures).hasSize(3);
        assertThat(figures.get(0).get("key").asText()).isEqualTo("community.greece.teachers");
        assertThat(figures.get(1).get("display").asText()).isEqualTo("8.200");

        JsonNode model = json.readTree(synedrio.send("GET", "/api/conferences/7/report.json", null, null).body());
        assertThat(model.get("registrations").get("qualified").asText()).isEqualTo("πάνω από 7.000");
        assertThat(model.get("totals").get("talks").get("feminine").asText()).isEqualTo("πενήντα επτά (57)");
        assertThat(model.get("provenance").toString()).contains("talks.total").contains("καταγράφηκε");
    }

    @Test
    void commentsNeedATokenToReadAndAWriteTokenToChoose() throws Exception {
        problem(synedrio.send("GET", "/api/conferences/8/comments", null, null), 401);
        JsonNode all = json.readTree(synedrio.send("GET", "/api/conferences/7/comments", null, readToken).body());
        assertThat(all).hasSize(10);
        problem(synedrio.send("PUT", "/api/conferences/7/comments/3", "{\"selected\": false}", readToken), 403);

        HttpResponse<String> chosen = synedrio.send("PUT", "/api/conferences/7/comments/3", "{\"selected\": false}",
                writeToken);
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(json.readTree(synedrio.send("GET", "/api/conferences/7/comments?selected=true", null,
                readToken).body()))
                .hasSize(9);
        ok("PUT", "/api/conferences/7/comments/3", "{\"selected\": true}");

        HttpResponse<String> added = synedrio.send("POST", "/api/conferences/8/comments",
                "{\"text\": \"Καλή οργάνωση\"}", writeToken);
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).contains("/api/conferences/8/comments/2");
    }

    @Test
    void badInputGetsAClearProblemNeverA500AndChangesNothing() throws Exception {
        assertThat(problem(synedrio.send("PUT", "/api/conferences/8/figures/registration", "{\"value\": 1}",
                writeToken), 400).get("detail").asText()).contains("'registration' is not a figure Synedrio knows");
        assertThat(problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations", "{\"value\": \"πολλές\"}",
                writeToken), 400).get("detail").asText()).contains("value");
        problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations", "{\"value\": -3}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations", "{}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations",
                "{\"value\": 1, \"qualifier\": \"λίγο\"}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations",
                "{\"key\": \"evaluations.count\", \"value\": 1}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/8/figures/video.z9.views", "{\"value\": 1}", writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations", "{\"value\": 1, \"asOf\": \"χθες\"}",
                writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations", "{\"value\": 1}", null), 401);
        problem(synedrio.send("PUT", "/api/conferences/8/figures/registrations", "{\"value\": 1}", readToken), 403);
        problem(synedrio.send("PUT", "/api/conferences/99/figures/registrations", "{\"value\": 1}", writeToken), 404);
        problem(synedrio.send("GET", "/api/conferences/99/report.md", null, null), 404);
        problem(synedrio.send("GET", "/api/conferences/x/report.html", null, null), 400);
        problem(synedrio.send("DELETE", "/api/conferences/8/figures/evaluations.count", null, writeToken), 404);
        problem(synedrio.send("POST", "/api/conferences/8/comments", "{\"text\": \"  \"}", writeToken), 400);
        problem(synedrio.send("POST", "/api/conferences/8/comments",
                "{\"text\": \"Υπέροχη εμπειρία στη Θεσσαλονίκη!\"}", writeToken), 409);
        problem(synedrio.send("PUT", "/api/conferences/8/comments/1", "{\"text\": \"άλλο\", \"selected\": true}",
                writeToken), 400);
        problem(synedrio.send("PUT", "/api/conferences/8/comments/77", "{\"selected\": true}", writeToken), 404);

        JsonNode figures = json.readTree(synedrio.send("GET", "/api/conferences/8/figures", null, null).body());
        assertThat(figures.get(1).get("value").asLong()).isEqualTo(8200);
    }

    @Test
    void theOpenApiDocumentDescribesTheReportRoutes() throws Exception {
        JsonNode paths = json.readTree(synedrio.send("GET", "/api/openapi.json", null, null).body()).get("paths");
        assertThat(paths.has("/api/conferences/{edition}/report.md")).isTrue();
        assertThat(paths.has("/api/conferences/{edition}/report.html")).isTrue();
        assertThat(paths.has("/api/conferences/{edition}/report.json")).isTrue();
        assertThat(paths.get("/api/conferences/{edition}/figures/{key}").has("put")).isTrue();
        assertThat(paths.get("/api/conferences/{edition}/comments").has("post")).isTrue();
    }
}
