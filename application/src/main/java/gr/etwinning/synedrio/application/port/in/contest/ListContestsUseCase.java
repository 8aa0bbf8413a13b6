package gr.etwinning.synedrio.application.port.in.contest;

import java.util.List;

/** Every contest, by number. */
public interface ListContestsUseCase {

    List<ContestSummaryData> listContests();
}
