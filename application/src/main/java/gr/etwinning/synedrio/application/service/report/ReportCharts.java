package gr.etwinning.synedrio.application.service.report;

import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.List;

/** The charts the report shows with the evaluations; the evaluations feature draws them. */
public interface ReportCharts {

    /** The charts for the report, in the order it shows them; none when there is nothing to draw. */
    List<ReportModel.Chart> charts(EditionNumber edition);

    /** No charts (a report built without the evaluations feature). */
    ReportCharts NONE = edition -> List.of();
}
