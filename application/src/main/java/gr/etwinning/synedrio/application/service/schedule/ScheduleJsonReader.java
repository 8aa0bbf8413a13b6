package gr.etwinning.synedrio.application.service.schedule;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads schedule.json as pretalx, frab and Synedrio write it. A refusal names the file, the line and column, and
 * the JSON path of the problem ({@code $.schedule.conference.days[1].rooms["Aula"][0].start}).
 */
final class ScheduleJsonReader {

    private final String source;

    private ScheduleJsonReader(String source) {
        this.source = source;
    }

    static Schedule read(String text, String source) {
        return new ScheduleJsonReader(source).schedule(Json.parse(text, source));
    }

    private Schedule schedule(Json.Node root) {
        Map<String, Json.Node> top = root.object(source);
        String generator = null;
        if (top.containsKey("generator") && !top.get("generator").isNull()) {
            Json.Node name = top.get("generator").object(source).get("name");
            generator = name == null || name.isNull() ? null : name.text(source);
        }
        Map<String, Json.Node> schedule = required(root, top, "schedule").object(source);
        String version = optionalText(schedule, "version");
        Json.Node conferenceNode = required(top.get("schedule"), schedule, "conference");
        Map<String, Json.Node> c = conferenceNode.object(source);
        String title = required(conferenceNode, c, "title").text(source);
        LocalDate start = date(required(conferenceNode, c, "start"));
        LocalDate end = date(required(conferenceNode, c, "end"));
        String zoneName = optionalText(c, "time_zone_name");
        ZoneId zone = zone(zoneName == null ? null : c.get("time_zone_name"));
        List<Schedule.Day> days = new ArrayList<>();
        for (Json.Node dayNode : required(conferenceNode, c, "days").array(source)) {
            Map<String, Json.Node> day = dayNode.object(source);
            LocalDate date = date(required(dayNode, day, "date"));
            int index = (int) required(dayNode, day, "index").number(source);
            Map<String, List<Schedule.Event>> rooms = new LinkedHashMap<>();
            for (Map.Entry<String, Json.Node> room : required(dayNode, day, "rooms").object(source).entrySet()) {
                List<Schedule.Event> events = new ArrayList<>();
                for (Json.Node eventNode : room.getValue().array(source)) {
                    events.add(event(eventNode, date, room.getKey(), zone));
                }
                rooms.put(room.getKey(), events);
            }
            days.add(new Schedule.Day(index, date, null, null, rooms));
        }
        return new Schedule(generator, version, new Schedule.Conference(optionalText(c, "acronym"), title, start,
                end, zone.getId(), optionalText(c, "url"), List.of(), List.of(), days));
    }

    private Schedule.Event event(Json.Node node, LocalDate day, String roomKey, ZoneId zone) {
        Map<String, Json.Node> e = node.object(source);
        String title = required(node, e, "title").text(source);
        Duration duration = duration(required(node, e, "duration"));
        OffsetDateTime date;
        LocalTime start;
        if (e.containsKey("date") && !e.get("date").isNull()) {
            date = dateTime(e.get("date")).atZoneSameInstant(zone).toOffsetDateTime();
            start = date.toLocalTime();
        } else {
            start = time(required(node, e, "start"));
            date = day.atTime(start).atZone(zone).toOffsetDateTime();
        }
        List<String> persons = new ArrayList<>();
        if (e.containsKey("persons") && !e.get("persons").isNull()) {
            for (Json.Node p : e.get("persons").array(source)) {
                Map<String, Json.Node> person = p.object(source);
                String name = optionalText(person, "name");
                if (name == null) {
                    name = optionalText(person, "public_name");
                }
                if (name == null || name.isBlank()) {
                    throw p.error(source, "a person has neither 'name' nor 'public_name'");
                }
                persons.add(name.strip());
            }
        }
        String room = optionalText(e, "room");
        long id = e.containsKey("id") && !e.get("id").isNull() ? e.get("id").number(source) : 0;
        UUID guid = null;
        if (e.containsKey("guid") && !e.get("guid").isNull()) {
            try {
                guid = UUID.fromString(e.get("guid").text(source));
            } catch (IllegalArgumentException x) {
                throw e.get("guid").error(source, "'" + e.get("guid").text(source) + "' is not a UUID");
            }
        }
        return new Schedule.Event(id, guid, date, start, duration, room == null ? roomKey : room,
                optionalText(e, "slug"), optionalText(e, "url"), title, optionalText(e, "subtitle"),
                optionalText(e, "track"), optionalText(e, "type"), optionalText(e, "language"),
                optionalText(e, "abstract"), optionalText(e, "description"), persons, optionalText(e, "code"),
                source + ":" + node.line() + ":" + node.column() + " (" + node.path() + ")");
    }

    private Json.Node required(Json.Node parent, Map<String, Json.Node> members, String name) {
        Json.Node n = members.get(name);
        if (n == null || n.isNull()) {
            throw parent.error(source, "'" + name + "' is missing");
        }
        return n;
    }

    private String optionalText(Map<String, Json.Node> members, String name) {
        Json.Node n = members.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.value() instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return n.text(source);
    }

    private LocalDate date(Json.Node n) {
        String t = n.text(source);
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeException e) {
            throw n.error(source, "'" + t + "' is not a date written YYYY-MM-DD");
        }
    }

    private OffsetDateTime dateTime(Json.Node n) {
        String t = n.text(source);
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeException e) {
            throw n.error(source, "'" + t + "' is not a date and time with offset, e.g. 2021-11-20T09:00:00+02:00");
        }
    }

    private LocalTime time(Json.Node n) {
        String t = n.text(source);
        try {
            return LocalTime.parse(t).withSecond(0).withNano(0);
        } catch (DateTimeException e) {
            throw n.error(source, "'" + t + "' is not a time written HH:MM");
        }
    }

    private Duration duration(Json.Node n) {
        return parseDuration(n.text(source), m -> n.error(source, m));
    }

    private ZoneId zone(Json.Node n) {
        if (n == null) {
            return ZoneId.of(ICalendarWriter.ATHENS);
        }
        try {
            return ZoneId.of(n.text(source));
        } catch (DateTimeException e) {
            throw n.error(source, "'" + n.text(source) + "' is not a known time zone such as Europe/Athens");
        }
    }

    /** "HH:MM" or "HH:MM:SS", seconds dropped. */
    static Duration parseDuration(String text, java.util.function.Function<String, RuntimeException> error) {
        if (text == null || !text.strip().matches("\\d{1,3}:[0-5]\\d(:[0-5]\\d)?")) {
            throw error.apply("'" + text + "' is not a duration written HH:MM");
        }
        String[] parts = text.strip().split(":");
        return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]));
    }
}
