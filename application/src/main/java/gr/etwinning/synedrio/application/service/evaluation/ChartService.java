package gr.etwinning.synedrio.application.service.evaluation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.evaluation.GetChartUseCase;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase.EvaluationSummary;
import gr.etwinning.synedrio.application.port.in.evaluation.SummariseEvaluationsUseCase.QuestionSummaryData;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.Bar;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.Bars;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.Chart;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.Row;
import gr.etwinning.synedrio.application.port.out.chart.ChartRendererPort.StackedBars;
import gr.etwinning.synedrio.application.port.out.chart.SessionAttendancePort;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The charts of an edition, from its counts: every Likert question on one stacked chart per scale ({@code likert},
 * or {@code likert-2}, … when the survey used several scales), each choice or checkbox question's counts
 * ({@code question-N}, by question number), and participants per session when attendance was imported
 * ({@code attendance}).
 */
@Singleton
public final class ChartService implements GetChartUseCase {

    private final EvaluationService evaluations;
    private final SessionAttendancePort attendance;
    private final ChartRendererPort renderer;

    @Inject
    public ChartService(EvaluationService evaluations, SessionAttendancePort attendance,
                        ChartRendererPort renderer) {
        this.evaluations = Objects.requireNonNull(evaluations, "'evaluations' must not be null");
        this.attendance = Objects.requireNonNull(attendance, "'attendance' must not be null");
        this.renderer = Objects.requireNonNull(renderer, "'renderer' must not be null");
    }

    @Override
    public List<ChartLink> charts(int edition) {
        List<ChartLink> links = new ArrayList<>();
        charts(EditionNumber.of(edition)).forEach((name, chart) -> links.add(new ChartLink(name, chart.title())));
        return links;
    }

    @Override
    public String chartSvg(int edition, String name) {
        Map<String, Chart> all = charts(EditionNumber.of(edition));
        Chart chart = all.get(name);
        if (chart == null) {
            throw new NotFoundException("chart " + name, "edition " + edition + " has no chart '" + name
                    + "'; it has: " + (all.isEmpty() ? "none" : String.join(", ", all.keySet())));
        }
        return renderer.svg(chart);
    }

    /** Every chart with its SVG, in report order, computed from one summary. */
    public List<Drawn> drawAll(EditionNumber edition) {
        List<Drawn> out = new ArrayList<>();
        charts(edition).forEach((name, chart) -> out.add(new Drawn(name, chart.title(), renderer.svg(chart))));
        return out;
    }

    /** A chart drawn: name, title and the SVG document. */
    public record Drawn(String name, String title, String svg) {
    }

    private Map<String, Chart> charts(EditionNumber edition) {
        EvaluationSummary summary = evaluations.summariseEvaluations(edition.value());
        Map<String, Chart> charts = new LinkedHashMap<>();
        if (summary.responses() > 0) {
            Map<List<String>, List<QuestionSummaryData>> byScale = new LinkedHashMap<>();
            for (QuestionSummaryData q : summary.questions()) {
                if (q.type().equals("likert") && q.answered() > 0) {
                    byScale.computeIfAbsent(List.copyOf(q.counts().keySet()), k -> new ArrayList<>()).add(q);
                }
            }
            int n = 1;
            for (Map.Entry<List<String>, List<QuestionSummaryData>> e : byScale.entrySet()) {
                List<Row> rows = e.getValue().stream().map(q -> new Row(q.text(),
                        List.copyOf(q.counts().values()))).toList();
                charts.put(n == 1 ? "likert" : "likert-" + n, new StackedBars("Αξιολόγηση: " + String.join(" … ",
                        List.of(e.getKey().get(0), e.getKey().get(e.getKey().size() - 1))) + " ("
                        + summary.responses() + " απαντήσεις)", e.getKey(), rows));
                n++;
            }
            for (QuestionSummaryData q : summary.questions()) {
                if ((q.type().equals("choice") || q.type().equals("checkbox")) && q.answered() > 0) {
                    List<Bar> bars = new ArrayList<>();
                    q.counts().forEach((label, count) -> bars.add(new Bar(label, count)));
                    if (q.type().equals("choice")) {
                        bars.sort((a, b) -> Long.compare(b.value(), a.value()));
                    }
                    charts.put("question-" + q.number(), new Bars(q.text(), "απαντήσεις", q.answered(),
                            bars));
                }
            }
        }
        List<SessionAttendancePort.SessionAttendance> sessions = attendance.perSession(edition);
        if (!sessions.isEmpty()) {
            charts.put("attendance", new Bars("Συμμετέχοντες ανά συνεδρία", "συμμετέχοντες", 0, sessions.stream()
                    .map(s -> new Bar(s.label(), s.participants())).toList()));
        }
        return charts;
    }
}
