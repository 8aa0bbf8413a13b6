package gr.etwinning.synedrio.domain.programme;

import java.time.LocalDate;

/**
 * The days a programme may use: the conference's, first to last. The conference's details provide them; the
 * programme's rules need only this, so that the programme does not depend on the conference that holds it.
 */
public interface ProgrammeDays {

    LocalDate startDate();

    LocalDate endDate();

    /** Whether {@code day} is one of the days. */
    default boolean includes(LocalDate day) {
        return !day.isBefore(startDate()) && !day.isAfter(endDate());
    }
}
