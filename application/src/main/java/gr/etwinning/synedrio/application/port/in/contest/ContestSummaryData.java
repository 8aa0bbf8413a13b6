package gr.etwinning.synedrio.application.port.in.contest;

/** One line of the list of contests. */
public record ContestSummaryData(int number, String schoolYear, Integer conference, int categories, int projects,
                                 int schools, boolean prizePolicy, long version) {
}
