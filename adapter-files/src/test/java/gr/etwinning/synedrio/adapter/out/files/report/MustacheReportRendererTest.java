package gr.etwinning.synedrio.adapter.out.files.report;

import gr.etwinning.synedrio.application.port.out.report.ReportRendererPort.Format;
import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MustacheReportRendererTest {

    /** A model with only what these templates read; a real one comes from the report service. */
    private static ReportModel model(String title) {
        return new ReportModel(9, title, null, "1 έως 3 Δεκεμβρίου 2023", 2023, "online", true, false, false,
                "διαδικτυακά", null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), null, null, null, null, List.of());
    }

    @Test
    void aTemplateInTheOperatorsDirectoryReplacesTheBuiltInOneAndIsReadAgainOnEveryCall(@TempDir Path dir)
            throws IOException {
        MustacheReportRenderer renderer = new MustacheReportRenderer(dir);
        Files.writeString(dir.resolve("report.md.mustache"), "Απολογισμός {{edition}}ου: {{title}}");
        assertThat(renderer.render(model("9ο Συνέδριο"), Format.MARKDOWN, null, null))
                .isEqualTo("Απολογισμός 9ου: 9ο Συνέδριο");

        Files.writeString(dir.resolve("report.md.mustache"), "Έκδοση {{edition}} — {{dates}}");
        assertThat(renderer.render(model("9ο Συνέδριο"), Format.MARKDOWN, null, null))
                .isEqualTo("Έκδοση 9 — 1 έως 3 Δεκεμβρίου 2023");
    }

    @Test
    void htmlEscapesEveryValueAndMarkdownOnlyTheTableBar() {
        MustacheReportRenderer renderer = new MustacheReportRenderer(null);
        ReportModel m = model("<b>Συνέδριο</b> & | «ΣΥΝΕΔΡΙΟ»");

        assertThat(renderer.render(m, Format.HTML, "<h1>{{title}}</h1>", "t.html"))
                .isEqualTo("<h1>&lt;b&gt;Συνέδριο&lt;/b&gt; &amp; | «ΣΥΝΕΔΡΙΟ»</h1>");
        assertThat(renderer.render(m, Format.MARKDOWN, "| {{title}} |", "t.md"))
                .isEqualTo("| <b>Συνέδριο</b> & \\| «ΣΥΝΕΔΡΙΟ» |");
    }

    @Test
    void aFieldTheModelLacksOrABrokenTemplateIsRefusedNamingTheTemplate() {
        MustacheReportRenderer renderer = new MustacheReportRenderer(null);

        assertThatThrownBy(() -> renderer.render(model("x"), Format.MARKDOWN, "{{titel}}", "δικό-μου.md.mustache"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("δικό-μου.md.mustache")
                .hasMessageContaining("'titel'");
        assertThatThrownBy(() -> renderer.render(model("x"), Format.HTML, "{{#days}}", "σπασμένο.html"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("σπασμένο.html");
    }

    @Test
    void theBuiltInTemplatesAreShippedForBothFormats() {
        assertThat(MustacheReportRenderer.builtIn(Format.MARKDOWN)).contains("{{#registrations}}");
        assertThat(MustacheReportRenderer.builtIn(Format.HTML)).startsWith("<!DOCTYPE html>");
    }
}
