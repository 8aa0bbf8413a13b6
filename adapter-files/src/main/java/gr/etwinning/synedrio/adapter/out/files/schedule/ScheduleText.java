package gr.etwinning.synedrio.adapter.out.files.schedule;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** How the schedule formats write times and durations, and read durations back. */
final class ScheduleText {

    /** The time zone of a file that names none. */
    static final String ATHENS = "Europe/Athens";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private ScheduleText() {
    }

    /** "2021-11-20T09:00:00+02:00": always with seconds and offset, as both schemas want it. */
    static String dateTime(OffsetDateTime t) {
        return DATE_TIME.format(t);
    }

    /** "HH:MM", as both formats write durations. */
    static String hhmm(Duration d) {
        long minutes = d.toMinutes();
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** "HH:MM" or "HH:MM:SS", seconds dropped. */
    static Duration parseDuration(String text, Function<String, RuntimeException> error) {
        if (text == null || !text.strip().matches("\\d{1,3}:[0-5]\\d(:[0-5]\\d)?")) {
            throw error.apply("'" + text + "' is not a duration written HH:MM");
        }
        String[] parts = text.strip().split(":");
        return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]));
    }
}
