package gr.etwinning.synedrio.application.service.report;

import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.List;

/**
 * What the report takes from the evaluations: how many responses were imported (the figure {@code
 * evaluations.count} that Synedrio counts itself) and the charts it shows. The evaluations feature provides it.
 */
public interface EvaluationFacts {

    /** The key of the figure the responses count. */
    String FIGURE = "evaluations.count";

    /** How many evaluation responses the edition has imported. */
    long responses(EditionNumber edition);

    /** The charts for the report, in the order it shows them. */
    List<ReportModel.Chart> charts(EditionNumber edition);

    /** No evaluations feature: nothing counted, no charts. */
    EvaluationFacts NONE = new EvaluationFacts() {
        @Override
        public long responses(EditionNumber edition) {
            return 0;
        }

        @Override
        public List<ReportModel.Chart> charts(EditionNumber edition) {
            return List.of();
        }
    };
}
