package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluations through the command line and the HTTP API, on the 2021 dataset. */
class EvaluationsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommandLineImportsRefusesABrokenFileWholeAndSumsUpExactly(@TempDir Path dir) throws Exception {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();
        Path survey = dir.resolve("Αξιολόγηση (Απαντήσεις).csv");
        Files.writeString(survey, EvaluationSurveys.small(), StandardCharsets.UTF_8);

        CliRun.Result first = cli.run("evaluations", "import", "7", survey.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("as google-csv: 6 responses", "added 6", "likert", "checkbox", "choice",
                "3 free-text answers recorded as comments");
        CliRun.Result again = cli.run("evaluations", "import", "7", survey.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("added 0; already stored 6");

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, EvaluationSurveys.small().replace("\"Μέτρια\"", "\"Ίσως\"")
                .replace("maria@", "maria2@").replace("kostas@", "kostas2@"), StandardCharsets.UTF_8);
        CliRun.Result refused = cli.run("evaluations", "import", "7", broken.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("synedrio: broken.csv: line 6, column 3:").contains("Ίσως")
                .hasLineCount(1);

        CliRun.Result summary = cli.run("evaluations", "summary", "7", "--json");
        assertThat(summary.code()).isZero();
        JsonNode s = JSON.readTree(summary.out());
        assertThat(s.get("edition").asInt()).isEqualTo(7);
        assertThat(s.get("responses").asInt()).isEqualTo(6);
        JsonNode likert = s.get("questions").get(0);
        assertThat(likert.get("type").asText()).isEqualTo("likert");
        assertThat(likert.get("counts").toString()).isEqualTo("{\"Καθόλου\":0,\"Λίγο\":0,\"Μέτρια\":1,\"Πολύ\":2,"
                + "\"Πάρα πολύ\":3}");
        assertThat(likert.get("mean").asDouble()).isEqualTo(4.33);
        assertThat(likert.get("median").asText()).isEqualTo("Πολύ");
        assertThat(s.get("questions").get(1).get("counts").toString()).isEqualTo("{\"Ομιλίες\":4,"
                + "\"Βιωματικά εργαστήρια\":4,\"Στρογγυλή τράπεζα\":1}");
        assertThat(summary.out()).doesNotContain("@sch.gr");

        CliRun.Result comments = cli.run("comments", "list", "7");
        assertThat(comments.out()).contains("Εξαιρετική οργάνωση, μπράβο σε όλους!",
                "Περισσότερα εργαστήρια; ήταν τα καλύτερα.\nΚαι μεγαλύτερα διαλείμματα.");
        assertThat(cli.run("evaluations", "summary", "99").code()).isEqualTo(1);
        assertThat(cli.run("evaluations", "import", "7", survey.toString(), "--question", "oops").code())
                .isEqualTo(2);
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @org.junit.jupiter.api.Nested
    class OverHttp {

        private RunningSynedrio synedrio;

        @BeforeAll
        void start() throws Exception {
            synedrio = RunningSynedrio.withSeed("synedrio-evaluations");
        }

        @AfterAll
        void stop() {
            synedrio.close();
        }

        @Test
        void anImportNeedsAWriteTokenAndTheSummaryAndChartsArePublic() throws Exception {
            String path = "/api/conferences/7/evaluations";
            RunningSynedrio.problem(synedrio.send("POST", path, EvaluationSurveys.small(), "text/csv", null, null),
                    401);
            RunningSynedrio.problem(synedrio.send("POST", path, EvaluationSurveys.small(), "text/csv",
                    synedrio.token("reader", Scope.READ), null), 403);
            String token = synedrio.token("ops", Scope.WRITE);
            JsonNode p = RunningSynedrio.problem(synedrio.send("POST", path, "Όνομα,Email\nΜαρία,m@sch.gr\n",
                    "text/csv", token, null), 400);
            assertThat(p.get("detail").asText()).startsWith("line 1:");
            HttpResponse<String> imported = synedrio.send("POST", path, EvaluationSurveys.many(120), "text/csv",
                    token, null);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(JSON.readTree(imported.body()).get("added").asInt()).isEqualTo(120);

            JsonNode summary = JSON.readTree(synedrio.get(path).body());
            assertThat(summary.get("responses").asInt()).isEqualTo(120);
            long total = 0;
            for (JsonNode n : summary.get("questions").get(0).get("counts")) {
                total += n.asLong();
            }
            assertThat(total).isEqualTo(120);

            JsonNode charts = JSON.readTree(synedrio.get("/api/conferences/7/charts").body());
            assertThat(charts.toString()).contains("\"likert\"", "\"question-5\"", "\"question-6\"");
            HttpResponse<String> svg = synedrio.get("/api/conferences/7/charts/likert.svg");
            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct)
                    .startsWith("image/svg+xml"));
            assertThat(svg.body()).startsWith("<?xml").contains("<svg", "Πάρα πολύ",
                    "Πόσο εύκολη ήταν η σύνδεση στην πλατφόρμα;");
            RunningSynedrio.problem(synedrio.get("/api/conferences/7/charts/question-1.svg"), 404);
            RunningSynedrio.problem(synedrio.get("/api/conferences/7/charts/likert.png"), 400);
            RunningSynedrio.problem(synedrio.get("/api/conferences/99/charts/likert.svg"), 404);

            String html = synedrio.get("/api/conferences/7/report.html").body();
            assertThat(html).contains("<figure class=\"chart\" id=\"chart-likert\">", "url(#hatch-likert)",
                    "href=\"/api/conferences/7/charts/question-5.svg\"").doesNotContain("<?xml");
            String md = synedrio.get("/api/conferences/7/report.md").body();
            assertThat(md).contains("](/api/conferences/7/charts/likert.svg)");
            // the recorded "more than 2000" stands; the count is shown beside it until the operator chooses it
            assertThat(md).contains("αξιολογήσει πάνω από 2000", "| evaluations.count | πάνω από 2000 |",
                    "120 (καταμετρήθηκε από 120 απαντήσεις της αξιολόγησης στο Synedrio)");
            HttpResponse<String> use = synedrio.send("PUT", "/api/conferences/7/figures/evaluations.count/use",
                    "{\"use\": \"counted\"}", token);
            assertThat(use.statusCode()).as(use.body()).isEqualTo(200);
            assertThat(synedrio.get("/api/conferences/7/report.md").body()).contains("αξιολογήσει 120 εκπαιδευτικοί");
            assertThat(html + md).doesNotContain("@sch.gr");
            String openapi = synedrio.get("/api/openapi.json").body();
            assertThat(openapi).contains("/api/conferences/{edition}/evaluations",
                    "/api/conferences/{edition}/charts/{name}");
        }
    }
}
