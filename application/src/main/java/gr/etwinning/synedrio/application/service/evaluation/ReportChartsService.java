package gr.etwinning.synedrio.application.service.evaluation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.application.service.report.ReportCharts;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.List;
import java.util.Objects;

/**
 * The report's charts: every chart of the edition with its SVG made fit to sit inline in an HTML page (no XML
 * declaration; its pattern's id made unique, as a page holds several charts).
 */
@Singleton
public final class ReportChartsService implements ReportCharts {

    private final ChartService charts;

    @Inject
    public ReportChartsService(ChartService charts) {
        this.charts = Objects.requireNonNull(charts, "'charts' must not be null");
    }

    @Override
    public List<ReportModel.Chart> charts(EditionNumber edition) {
        return charts.drawAll(edition).stream().map(c -> new ReportModel.Chart(c.name(), c.title(),
                "/api/conferences/" + edition.value() + "/charts/" + c.name() + ".svg", inline(c.name(), c.svg())))
                .toList();
    }

    static String inline(String name, String svg) {
        String s = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
        return s.replace("id=\"hatch\"", "id=\"hatch-" + name + "\"").replace("url(#hatch)", "url(#hatch-" + name
                + ")");
    }
}
