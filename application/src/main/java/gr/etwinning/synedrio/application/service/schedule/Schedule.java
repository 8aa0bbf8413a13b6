package gr.etwinning.synedrio.application.service.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A conference schedule as the exchange formats see it — schedule.xml (frab, pentabarf), schedule.json (pretalx,
 * the c3voc schema) and, for writing only, iCalendar: days, rooms in each day, events in each room. The writers
 * turn it into bytes, the readers build it from a file; {@link ScheduleMapper} maps it to and from a programme.
 *
 * @param generator the program that wrote it ("synedrio" for our own exports), or null when the file does not say
 */
record Schedule(String generator, String version, Conference conference) {

    record Conference(String acronym, String title, LocalDate start, LocalDate end, String timeZone, String url,
                      List<Room> rooms, List<String> tracks, List<Day> days) {
    }

    record Room(String name, UUID guid) {
    }

    /** A day: its rooms, each with its events, in order. */
    record Day(int index, LocalDate date, OffsetDateTime start, OffsetDateTime end, Map<String, List<Event>> rooms) {
    }

    /**
     * One event. {@code where} says where a reader found it (file, line or path), for error messages; it is null
     * for an exported event.
     */
    record Event(long id, UUID guid, OffsetDateTime date, LocalTime start, Duration duration, String room,
                 String slug, String url, String title, String subtitle, String track, String type, String language,
                 String abstractText, String description, List<String> persons, String code, String where) {

        OffsetDateTime end() {
            return date.plus(duration);
        }
    }

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** "2021-11-20T09:00:00+02:00": always with seconds and offset, as both schemas want it. */
    static String dateTime(OffsetDateTime t) {
        return DATE_TIME.format(t);
    }

    /** "HH:MM", as both formats write durations. */
    static String hhmm(Duration d) {
        long minutes = d.toMinutes();
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
