package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;

import java.time.LocalTime;

/** A start and an end on one day, in the conference's time zone; the end comes strictly after the start. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Check.notNull(start, "start time");
        Check.notNull(end, "end time");
        if (!end.isAfter(start)) {
            throw new InvalidValueException("end time", "ends at " + end + ", which is not after its start "
                    + start);
        }
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
