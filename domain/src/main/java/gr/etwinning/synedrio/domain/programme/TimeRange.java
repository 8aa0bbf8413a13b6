package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A start and an end on one conference day, in the conference's time zone. An end before the start is on the next
 * morning: conference days run past midnight (a party 23:00–01:30), and whether the day does is its {@link DayHours}'
 * business, checked by {@link ProgrammeRules#withinConferenceDays}. An end equal to the start is refused.
 */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final long DAY = Duration.ofDays(1).getSeconds();

    public TimeRange {
        Check.notNull(start, "start time");
        Check.notNull(end, "end time");
        if (end.equals(start)) {
            throw new InvalidValueException("end time", "ends at " + end + ", which is its start " + start);
        }
    }

    /** Whether it ends after midnight: its end comes before its start on the clock. */
    public boolean pastMidnight() {
        return end.isBefore(start);
    }

    public Duration length() {
        long s = end.toSecondOfDay() - start.toSecondOfDay();
        return Duration.ofSeconds(s < 0 ? s + DAY : s);
    }

    /**
     * How long after {@code dayStart} it starts: a start before {@code dayStart} is on the next morning. On a day
     * that starts at midnight this is the start itself.
     */
    public Duration startAfter(LocalTime dayStart) {
        long s = start.toSecondOfDay() - dayStart.toSecondOfDay();
        return Duration.ofSeconds(s < 0 ? s + DAY : s);
    }

    /**
     * Whether both, on the same conference day, share some time. A day lasts at most 24 hours, which places them
     * without knowing its hours: two ranges past midnight both hold midnight; beside one past midnight, a range
     * that starts before that one ends on the clock is in the night (it could not be in the evening, the day would
     * last longer than 24 hours), any other in the evening; two ranges within one side of midnight compare on the
     * clock (one in the evening and one in the night never meet on the clock either).
     */
    public boolean overlaps(TimeRange other) {
        if (pastMidnight() && other.pastMidnight()) {
            return true;
        }
        if (pastMidnight() || other.pastMidnight()) {
            TimeRange late = pastMidnight() ? this : other;
            TimeRange plain = pastMidnight() ? other : this;
            return plain.start.isBefore(late.end) || plain.end.isAfter(late.start);
        }
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether {@code other} lies within it, a time before this start being on the next morning. */
    public boolean contains(TimeRange other) {
        long from = other.startAfter(start).getSeconds();
        return from + other.length().getSeconds() <= length().getSeconds();
    }

    @Override
    public String toString() {
        return start + "–" + end + (pastMidnight() ? " (next morning)" : "");
    }
}
