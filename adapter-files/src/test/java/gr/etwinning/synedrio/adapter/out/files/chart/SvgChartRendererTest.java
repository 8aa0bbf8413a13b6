package gr.etwinning.synedrio.adapter.out.files.chart;

import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.Bar;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.Bars;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.Row;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.StackedBars;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartRendererTest {

    private final SvgChartRenderer renderer = new SvgChartRenderer();

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenLikertCountsWhenDrawnThenWellFormedSvgWithGreekLabelsSharesAndAHatchEveryOtherSegment()
            throws Exception {
        String svg = renderer.svg(new StackedBars("Αξιολόγηση: Καθόλου … Πάρα πολύ (4 απαντήσεις)",
                List.of("Καθόλου", "Λίγο", "Μέτρια", "Πολύ", "Πάρα πολύ"),
                List.of(new Row("Πόσο σας ικανοποίησε συνολικά το 7ο Πανελλήνιο Συνέδριο eTwinning & οι ομιλίες;",
                        List.of(0L, 0L, 1L, 1L, 2L)), new Row("Κανείς", List.of(0L, 0L, 0L, 0L, 0L)))));
        Document d = parse(svg);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(d.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 480 ");
        assertThat(svg).contains(">Πάρα πολύ<", ">50%<", ">25%<", "&amp; οι ομιλίες;", "καμία απάντηση",
                "4 απαντήσεις");
        assertThat(svg).contains("url(#hatch)");
        assertThat(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .startsWith("Αξιολόγηση");
        assertThat(renderer.svg(new StackedBars("x", List.of("1", "2"), List.of(new Row("y", List.of(1L, 1L))))))
                .isEqualTo(renderer.svg(new StackedBars("x", List.of("1", "2"),
                        List.of(new Row("y", List.of(1L, 1L))))));
    }

    @Test
    void givenScaleShadesWhenPrintedInGreyThenEachIsDarkerThanTheOneBefore() {
        double before = 256;
        for (int i = 0; i < 5; i++) {
            String hex = SvgChartRenderer.shade(i, 5);
            int r = Integer.parseInt(hex.substring(1, 3), 16);
            int g = Integer.parseInt(hex.substring(3, 5), 16);
            int b = Integer.parseInt(hex.substring(5, 7), 16);
            double grey = 0.299 * r + 0.587 * g + 0.114 * b;
            assertThat(grey).as("shade %d of 5", i).isLessThan(before - 25);
            before = grey;
        }
    }

    @Test
    void givenChoiceCountsWhenDrawnThenBarsWithCountsAndShares() throws Exception {
        String svg = renderer.svg(new Bars("Σε ποια βαθμίδα υπηρετείτε;", "απαντήσεις", 2000,
                List.of(new Bar("Πρωτοβάθμια", 1500), new Bar("Δευτεροβάθμια", 500))));
        parse(svg);
        assertThat(svg).contains(">1.500 (75%)<", ">500 (25%)<", ">Δευτεροβάθμια<", "επί των 2.000 που απάντησαν");
        String attendance = renderer.svg(new Bars("Συμμετέχοντες ανά συνεδρία", "συμμετέχοντες", 0,
                List.of(new Bar("Έναρξη <ζωντανά>", 600))));
        assertThat(attendance).contains(">600<", "Έναρξη &lt;ζωντανά&gt;");
    }

    @Test
    void givenALongGreekQuestionWhenWrappedThenNoLineIsLongerThanAsked() {
        assertThat(SvgChartRenderer.wrap("Πόσο χρήσιμες βρήκατε τις στρογγυλές τράπεζες για τη διδακτική σας"
                + " πράξη στην τάξη;", 30)).allMatch(l -> l.length() <= 30).hasSizeGreaterThan(2);
        assertThat(SvgChartRenderer.percent(7.5)).isEqualTo("7,5%");
        assertThat(SvgChartRenderer.grouped(1234567)).isEqualTo("1.234.567");
    }
}
