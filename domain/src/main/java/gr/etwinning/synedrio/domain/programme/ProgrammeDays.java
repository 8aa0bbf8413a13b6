package gr.etwinning.synedrio.domain.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The days a programme may use: the conference's, first to last, each with its hours when it has them. The
 * conference's details provide them; the programme's rules need only this, so that the programme does not depend
 * on the conference that holds it.
 */
public interface ProgrammeDays {

    LocalDate startDate();

    LocalDate endDate();

    /** Whether {@code day} is one of the days. */
    default boolean includes(LocalDate day) {
        return !day.isBefore(startDate()) && !day.isAfter(endDate());
    }

    /** The day's own hours, or empty when it runs from midnight to midnight. */
    default Optional<DayHours> hours(LocalDate day) {
        return Optional.empty();
    }

    /** The day's hours, midnight to midnight when it has none of its own. */
    default DayHours hoursOf(LocalDate day) {
        return hours(day).orElse(DayHours.MIDNIGHT_TO_MIDNIGHT);
    }

    /** When a time of conference day {@code day} starts on the calendar: a time before the day's start is the next morning. */
    default LocalDateTime startOf(LocalDate day, TimeRange time) {
        DayHours h = hoursOf(day);
        return day.atTime(h.start()).plus(time.startAfter(h.start()));
    }

    default LocalDateTime endOf(LocalDate day, TimeRange time) {
        return startOf(day, time).plus(time.length());
    }

    /**
     * Whether times of different days can be compared: true for the conference's days. False for {@link
     * #midnightToMidnight()}, whose rules then compare times of the same day only.
     */
    default boolean placesExactly() {
        return true;
    }

    /**
     * Days of which nothing is known: what a programme checks itself against before it is a conference's. Its
     * rules compare times of the same day only, placed as if the day started at midnight; so they never find an
     * error that the conference's days would not (a time of the night is placed before the day's start, never
     * into another session's time), and the conference's rules then place every time exactly.
     */
    static ProgrammeDays midnightToMidnight() {
        return new ProgrammeDays() {
            @Override
            public LocalDate startDate() {
                return LocalDate.MIN;
            }

            @Override
            public LocalDate endDate() {
                return LocalDate.MAX;
            }

            @Override
            public boolean placesExactly() {
                return false;
            }
        };
    }
}
