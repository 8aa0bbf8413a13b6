package gr.etwinning.synedrio.application.port.in.conference;

import java.time.LocalDate;

/** One line of the list of editions. */
public record ConferenceSummaryData(int edition, String title, LocalDate startDate, LocalDate endDate, String mode,
                                    int sessions, int contributions, long version) {
}
