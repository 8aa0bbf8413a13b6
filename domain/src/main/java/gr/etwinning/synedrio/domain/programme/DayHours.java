package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When a conference day begins and ends, as frab and pretalx give it ({@code day_start}/{@code day_end}): an end at
 * or before the start is on the next morning (11:00 to 04:00; 06:00 to 06:00 is a whole day and night). A day
 * without hours runs from midnight to midnight. A time of the day before its start belongs to the next morning,
 * so a session at 01:00 on a day of 11:00 to 04:00 lies in that day's night.
 */
public record DayHours(LocalTime start, LocalTime end) {

    /** A day as a day without hours is: midnight to midnight. */
    public static final DayHours MIDNIGHT_TO_MIDNIGHT = new DayHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public DayHours {
        Check.notNull(start, "day start");
        Check.notNull(end, "day end");
    }

    public Duration length() {
        long s = end.toSecondOfDay() - start.toSecondOfDay();
        return Duration.ofSeconds(s <= 0 ? s + 86_400 : s);
    }

    /** Whether {@code time} lies within the day, times before its start being on the next morning. */
    public boolean holds(TimeRange time) {
        return time.startAfter(start).plus(time.length()).compareTo(length()) <= 0;
    }

    @Override
    public String toString() {
        return start + "–" + end + (end.isAfter(start) ? "" : " (next morning)");
    }
}
