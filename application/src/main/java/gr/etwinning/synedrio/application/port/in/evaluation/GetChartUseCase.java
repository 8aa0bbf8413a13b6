package gr.etwinning.synedrio.application.port.in.evaluation;

import java.util.List;

/**
 * The charts of an edition, drawn as SVG from what Synedrio counted: the Likert questions' distributions as
 * stacked bars ({@code likert}), each choice or checkbox question's counts ({@code question-N}), and attendance per
 * session ({@code attendance}) once attendance has been imported.
 */
public interface GetChartUseCase {

    /** The charts the edition has data for, in the order a report shows them. */
    List<ChartLink> charts(int edition);

    /**
     * The chart as an SVG document; an unknown edition or a chart it has no data for is a
     * {@link gr.etwinning.synedrio.application.NotFoundException}.
     */
    String chartSvg(int edition, String name);

    /** A chart's name (as in {@code …/charts/{name}.svg}) and its title in Greek. */
    record ChartLink(String name, String title) {
    }
}
