package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report of an edition with evaluations, in a real browser: the charts are there, inline, and a
 * phone-sized screenshot of them is taken (kept at $SYNEDRIO_EVALUATIONS_SCREENSHOT when set; docs/ holds one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationReportInChromiumTest {

    private RunningSynedrio synedrio;
    private Path dir;

    @BeforeAll
    void start() throws Exception {
        synedrio = RunningSynedrio.withSeed("synedrio-evaluation-report");
        dir = synedrio.dir();
        HttpResponse<String> imported = synedrio.send("POST", "/api/conferences/7/evaluations",
                EvaluationSurveys.many(400), "text/csv", synedrio.token("ops", Scope.WRITE), null);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    @Test
    void chromiumShowsTheChartsInTheReport() throws Exception {
        String dom = HeadlessChromium.run(dir, "--dump-dom", synedrio.base() + "/api/conferences/7/report.html");
        assertThat(dom).contains("id=\"chart-likert\"", "id=\"chart-question-5\"", "id=\"chart-question-6\"",
                "Πόσο σας ικανοποίησε συνολικά το συνέδριο;", "Πάρα πολύ", "Βιωματικά εργαστήρια");
        assertThat(dom.indexOf("αξιολογήσει")).isLessThan(dom.indexOf("id=\"chart-likert\""));
    }

    @Test
    void chromiumTakesAPhoneSizedScreenshotOfTheCharts() throws Exception {
        Path page = dir.resolve("charts.html");
        String html = synedrio.get("/api/conferences/7/report.html").body();
        // the charts only, in the report's own page and style: what a reader sees on reaching them
        int from = html.indexOf("<figure class=\"chart\"");
        int to = html.lastIndexOf("</figure>") + "</figure>".length();
        Files.writeString(page, html.substring(0, html.indexOf("<main>") + "<main>".length())
                + "\n<h3>Αξιολόγηση</h3>\n" + html.substring(from, to) + "\n</main></body></html>\n",
                StandardCharsets.UTF_8);
        Path shot = dir.resolve("evaluations.png");
        HeadlessChromium.run(dir, "--window-size=412,1250", "--hide-scrollbars", "--screenshot=" + shot,
                page.toUri().toString());
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(20_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        keep(shot);
    }

    private static void keep(Path shot) throws IOException {
        String keep = System.getenv("SYNEDRIO_EVALUATIONS_SCREENSHOT");
        if (keep != null && !keep.isBlank()) {
            Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
