package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.TimeRange;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A workshop of the programme and when it takes place: its session's day and its own time, which may be unknown.
 * Two workshops clash when they are on the same day and their known times overlap; as in the programme, a
 * workshop whose time is unknown clashes with nothing.
 */
public record WorkshopSlot(ContributionId workshop, LocalDate day, TimeRange time) {

    public WorkshopSlot {
        Check.notNull(workshop, "workshop");
        Check.notNull(day, "workshop day");
    }

    public Optional<TimeRange> knownTime() {
        return Optional.ofNullable(time);
    }

    public boolean clashesWith(WorkshopSlot other) {
        return !workshop.equals(other.workshop) && day.equals(other.day) && time != null && other.time != null
                && time.overlaps(other.time);
    }
}
