package gr.etwinning.synedrio.application.service.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;
import gr.etwinning.synedrio.application.port.out.schedule.Uuid5;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.Contribution;
import gr.etwinning.synedrio.domain.programme.DayHours;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An edition's programme as a {@link Schedule}, the way Synedrio writes it (documented in docs/schedule-formats.md):
 *
 * <ul>
 *   <li>each contribution is an event; a session without contributions (the award ceremony) is an event itself, so
 *       nothing is lost;</li>
 *   <li>an event's slug is {@code <acronym>-<session id>_<contribution id>} (ids never hold '_'), or
 *       {@code <acronym>-<session id>} for a session's own event; its type is the contribution's kind (or the
 *       session's); its track is the session's title; its subtitle the session's kind and level in Greek;</li>
 *   <li>an untitled contribution is titled by its kind and session, "Ομιλία (τίτλος άγνωστος) — Συνεδρία
 *       Πρωτοβάθμιας Εκπαίδευσης", never by a made-up title;</li>
 *   <li>times the source does not give: a contribution of unknown time in a session of known time shows the
 *       session's span and says so in its description; when the session's time is unknown too, the event starts at
 *       00:00 with duration 00:00 and its description says the time is unknown;</li>
 *   <li>GUIDs are UUID v5 of the edition and the id, so exporting twice gives the same bytes.</li>
 * </ul>
 */
final class ScheduleMapper {

    static final String GENERATOR = Schedule.GENERATOR;
    static final String UNKNOWN_ROOM = "Αίθουσα άγνωστη";
    static final String UNTITLED = " (τίτλος άγνωστος) — ";
    static final String SESSION_SPAN_NOTE = "Η ώρα της δεν είναι γνωστή· φαίνεται το διάστημα της συνεδρίας.";
    static final String UNKNOWN_TIME_NOTE = Schedule.UNKNOWN_TIME_NOTE;

    private ScheduleMapper() {
    }

    static String acronym(int edition) {
        return "etwinning" + edition;
    }

    static UUID eventGuid(int edition, String kind, String id) {
        return Uuid5.of(Uuid5.SYNEDRIO, "edition/" + edition + "/" + kind + "/" + id);
    }

    static UUID roomGuid(int edition, String room) {
        return Uuid5.of(Uuid5.SYNEDRIO, "edition/" + edition + "/room/" + room);
    }

    /**
     * An event to be: {@code after} is how long after its day's start it starts (the night comes last), null for
     * an unknown time, which is written at 00:00 of the day and comes first.
     */
    private record Entry(Session session, int sessionIndex, Contribution contribution, int position,
                         LocalTime start, Duration duration, String note, Duration after) {
    }

    static Schedule toSchedule(int edition, ConferenceDetails d, Programme p, Map<PersonId, Person> people,
                               String baseUrl) {
        ZoneId zone = d.timeZone();
        String acronym = acronym(edition);
        String pageUrl = baseUrl + "/conferences/" + edition;
        Map<LocalDate, Map<String, List<Entry>>> buckets = new TreeMap<>();
        Set<String> tracks = new java.util.TreeSet<>(GreekText.COLLATOR);
        for (int si = 0; si < p.sessions().size(); si++) {
            Session s = p.sessions().get(si);
            tracks.add(track(s));
            String room = s.room().orElse(UNKNOWN_ROOM);
            List<Entry> bucket = buckets.computeIfAbsent(s.day(), k -> new TreeMap<>(GreekText.COLLATOR))
                    .computeIfAbsent(room, k -> new ArrayList<>());
            LocalTime dayStart = d.hoursOf(s.day()).start();
            if (s.contributions().isEmpty()) {
                bucket.add(entry(s, si, null, 0, s.time().orElse(null), null, dayStart));
            }
            for (int ci = 0; ci < s.contributions().size(); ci++) {
                Contribution c = s.contributions().get(ci);
                TimeRange own = c.time().orElse(null);
                bucket.add(entry(s, si, c, ci, own != null ? own : s.time().orElse(null),
                        own != null ? null : s.time().isPresent() ? SESSION_SPAN_NOTE : UNKNOWN_TIME_NOTE,
                        dayStart));
            }
        }
        Set<String> roomNames = new java.util.TreeSet<>(GreekText.COLLATOR);
        buckets.values().forEach(m -> roomNames.addAll(m.keySet()));
        List<Schedule.Room> rooms = roomNames.stream().map(r -> new Schedule.Room(r, roomGuid(edition, r))).toList();

        List<Schedule.Day> days = new ArrayList<>();
        long nextId = 1;
        int index = 1;
        for (ConferenceDay day : d.days()) {
            DayHours hours = d.hoursOf(day.date());
            Map<String, List<Schedule.Event>> dayRooms = new LinkedHashMap<>();
            for (Map.Entry<String, List<Entry>> bucket : buckets.getOrDefault(day.date(), Map.of()).entrySet()) {
                List<Entry> entries = sorted(bucket.getValue());
                List<Schedule.Event> events = new ArrayList<>();
                for (Entry e : entries) {
                    events.add(event(nextId++, edition, acronym, pageUrl, e.after() == null
                            ? day.date().atStartOfDay() : day.date().atTime(hours.start()).plus(e.after()), zone,
                            bucket.getKey(), e, people));
                }
                dayRooms.put(bucket.getKey(), events);
            }
            days.add(new Schedule.Day(index++, day.date(), day.date().atTime(hours.start()).atZone(zone)
                    .toOffsetDateTime(), day.date().atTime(hours.start()).plus(hours.length()).atZone(zone)
                    .toOffsetDateTime(), dayRooms));
        }
        Schedule.Conference conference = new Schedule.Conference(acronym, d.title(), d.startDate(), d.endDate(),
                zone.getId(), pageUrl, rooms, List.copyOf(tracks), days);
        return new Schedule(GENERATOR, version(conference), conference);
    }

    private static Entry entry(Session s, int si, Contribution c, int position, TimeRange time, String note,
                               LocalTime dayStart) {
        if (time == null) {
            return new Entry(s, si, c, position, LocalTime.MIDNIGHT, Duration.ZERO,
                    note == null ? UNKNOWN_TIME_NOTE : note, null);
        }
        return new Entry(s, si, c, position, time.start(), time.length(), note, time.startAfter(dayStart));
    }

    /** Sessions in a room by their earliest shown start, then the organisers' order; events by start, then order. */
    private static List<Entry> sorted(List<Entry> entries) {
        Map<Integer, Duration> sessionStart = new TreeMap<>();
        for (Entry e : entries) {
            sessionStart.merge(e.sessionIndex(), e.after() == null ? Duration.ofSeconds(-1) : e.after(),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.<Entry, Duration>comparing(e -> sessionStart.get(e.sessionIndex()))
                .thenComparingInt(Entry::sessionIndex)
                .thenComparing(Entry::after, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Entry::position));
        return sorted;
    }

    private static Schedule.Event event(long id, int edition, String acronym, String pageUrl,
                                        java.time.LocalDateTime start, ZoneId zone, String room, Entry e,
                                        Map<PersonId, Person> people) {
        Session s = e.session();
        Contribution c = e.contribution();
        String track = track(s);
        String subtitle = s.kind().label() + s.level().map(l -> " · " + l.label()).orElse("");
        String slug;
        String type;
        String title;
        String anchor;
        UUID guid;
        List<String> persons = new ArrayList<>();
        String abstractText = null;
        if (c == null) {
            slug = acronym + "-" + s.id();
            type = Enums.write(s.kind());
            title = track;
            anchor = s.id().value();
            guid = eventGuid(edition, "session", s.id().value());
        } else {
            slug = acronym + "-" + s.id() + "_" + c.id();
            type = Enums.write(c.kind());
            title = c.title().orElse(c.kind().label() + UNTITLED + track);
            anchor = c.id().value();
            guid = eventGuid(edition, "contribution", c.id().value());
            for (PersonId speaker : c.speakers()) {
                Person person = people.get(speaker);
                persons.add(person == null ? speaker.value() : person.name());
            }
            abstractText = c.subject().orElse(null);
        }
        return new Schedule.Event(id, guid, start.atZone(zone).toOffsetDateTime(), e.start(),
                e.duration(), room, slug, pageUrl + "#" + anchor, title, subtitle, track, type, "el", abstractText,
                e.note(), List.copyOf(persons), null, null);
    }

    static String track(Session s) {
        return s.title().orElse(s.kind().label());
    }

    /** A version that changes exactly when the schedule's content does. */
    private static String version(Schedule.Conference conference) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(conference.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
