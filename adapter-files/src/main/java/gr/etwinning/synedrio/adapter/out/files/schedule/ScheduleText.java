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

    /** An event's guid: a UUID as it is, anything else (older frab's base64 ids) as a UUID v5 of it. */
    static java.util.UUID guid(String text) {
        try {
            return java.util.UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return gr.etwinning.synedrio.application.port.out.schedule.Uuid5.of(
                    gr.etwinning.synedrio.application.port.out.schedule.Uuid5.NAMESPACE_URL, "guid:" + text.strip());
        }
    }

    /** Zones tried, in this order, for a file that names none: those of the conferences that publish schedules. */
    private static final java.util.List<String> LIKELY_ZONES = java.util.List.of("Europe/Berlin", "Europe/London",
            "Europe/Athens", "Europe/Moscow", "America/Chicago", "America/Denver", "America/Phoenix",
            "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney");

    /**
     * The time zone of a file that names none, from its first event's date and offset: UTC for offset zero, else
     * the first of some conference cities' zones that had that offset then (+01:00 in December: Europe/Berlin), so
     * that every time of the file keeps its offset; the offset itself when none fits.
     */
    static java.time.ZoneId zoneFor(java.time.OffsetDateTime first) {
        if (first.getOffset().getTotalSeconds() == 0) {
            return java.time.ZoneId.of("UTC");
        }
        for (String zone : LIKELY_ZONES) {
            java.time.ZoneId z = java.time.ZoneId.of(zone);
            if (z.getRules().getOffset(first.toInstant()).equals(first.getOffset())) {
                return z;
            }
        }
        return first.getOffset();
    }

    static boolean isUuid(String text) {
        return text.strip().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    /** What a reader found and did not take ("links" in 79 events), and what it took otherwise than written. */
    static final class ReadNotes {
        private final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        private final java.util.Set<String> changes = new java.util.LinkedHashSet<>();

        void add(String what) {
            counts.merge(what, 1, Integer::sum);
        }

        void changed(String what) {
            changes.add(what);
        }

        java.util.List<String> list() {
            return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        }

        java.util.List<String> changes() {
            return java.util.List.copyOf(changes);
        }
    }

    /** "HH:MM" or "HH:MM:SS", seconds dropped. */
    static Duration parseDuration(String text, Function<String, RuntimeException> error) {
        if (text == null || !text.strip().matches("\\d{1,3}:[0-5]?\\d(:[0-5]\\d)?")) {
            throw error.apply("'" + text + "' is not a duration written HH:MM");
        }
        String[] parts = text.strip().split(":");
        return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]));
    }
}
