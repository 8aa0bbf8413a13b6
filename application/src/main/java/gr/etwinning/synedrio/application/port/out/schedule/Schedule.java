package gr.etwinning.synedrio.application.port.out.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A conference schedule as the exchange formats see it — schedule.xml (frab, pentabarf), schedule.json (pretalx,
 * the c3voc schema) and, for writing only, iCalendar: days, rooms in each day, events in each room. The
 * {@link ScheduleCodecPort} turns it into bytes and builds it from a file; the schedule service maps it to and from
 * a programme.
 *
 * @param generator the program that wrote it ({@link #GENERATOR} for our own exports), or null when the file does
 *                  not say
 */
public record Schedule(String generator, String version, Conference conference, List<String> ignored,
                       List<String> changed) {

    /**
     * @param ignored what the file holds that a programme cannot (recording licences, feedback URLs, links…), each
     *                with how often, as a reader found it: an import says so instead of dropping it silently
     * @param changed what the reader took otherwise than the file has it (a time zone the file does not name, a
     *                guid that is not a UUID)
     */
    public Schedule {
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    public Schedule(String generator, String version, Conference conference) {
        this(generator, version, conference, List.of(), List.of());
    }

    /** The generator our own exports name, so that an import knows the file's conventions are ours. */
    public static final String GENERATOR = "synedrio";

    /**
     * The description of an event whose time is not known: it is exported at 00:00 lasting 00:00, and an
     * iCalendar export writes it as a whole-day event instead.
     */
    public static final String UNKNOWN_TIME_NOTE = "Η ώρα δεν είναι γνωστή· η έναρξη 00:00 με"
            + " διάρκεια 00:00 σημαίνει «ώρα άγνωστη».";

    public record Conference(String acronym, String title, LocalDate start, LocalDate end, String timeZone,
                             String url, List<Room> rooms, List<String> tracks, List<Day> days) {
    }

    public record Room(String name, UUID guid) {
    }

    /**
     * A day: its rooms, each with its events, in order. {@code start} and {@code end} are its hours when the file
     * gives them (frab's and pretalx's day_start/day_end, e.g. 11:00 to 04:00 the next morning), or null.
     */
    public record Day(int index, LocalDate date, OffsetDateTime start, OffsetDateTime end,
                      Map<String, List<Event>> rooms) {
    }

    /**
     * One event. {@code where} says where a reader found it (file, line or path), for error messages; it is null
     * for an exported event.
     */
    public record Event(long id, UUID guid, OffsetDateTime date, LocalTime start, Duration duration, String room,
                        String slug, String url, String title, String subtitle, String track, String type,
                        String language, String abstractText, String description, List<String> persons, String code,
                        String where) {

        public OffsetDateTime end() {
            return date.plus(duration);
        }
    }
}
