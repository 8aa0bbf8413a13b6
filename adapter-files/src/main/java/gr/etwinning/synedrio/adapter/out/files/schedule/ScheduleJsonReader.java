package gr.etwinning.synedrio.adapter.out.files.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;

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
        return new ScheduleJsonReader(source).schedule(JsonTree.parse(text, source));
    }

    private Schedule schedule(JsonTree.Node root) {
        Map<String, JsonTree.Node> top = root.object(source);
        String generator = null;
        if (top.containsKey("generator") && !top.get("generator").isNull()) {
            JsonTree.Node name = top.get("generator").object(source).get("name");
            generator = name == null || name.isNull() ? null : name.text(source);
        }
        Map<String, JsonTree.Node> schedule = required(root, top, "schedule").object(source);
        String version = optionalText(schedule, "version");
        JsonTree.Node conferenceNode = required(top.get("schedule"), schedule, "conference");
        Map<String, JsonTree.Node> c = conferenceNode.object(source);
        String title = required(conferenceNode, c, "title").text(source);
        LocalDate start = date(required(conferenceNode, c, "start"));
        LocalDate end = date(required(conferenceNode, c, "end"));
        String zoneName = optionalText(c, "time_zone_name");
        ZoneId zone = zone(zoneName == null ? null : c.get("time_zone_name"));
        List<Schedule.Day> days = new ArrayList<>();
        for (JsonTree.Node dayNode : required(conferenceNode, c, "days").array(source)) {
            Map<String, JsonTree.Node> day = dayNode.object(source);
            LocalDate date = date(required(dayNode, day, "date"));
            int index = (int) required(dayNode, day, "index").number(source);
            Map<String, List<Schedule.Event>> rooms = new LinkedHashMap<>();
            for (Map.Entry<String, JsonTree.Node> room : required(dayNode, day, "rooms").object(source).entrySet()) {
                List<Schedule.Event> events = new ArrayList<>();
                for (JsonTree.Node eventNode : room.getValue().array(source)) {
                    events.add(event(eventNode, date, room.getKey(), zone));
                }
                rooms.put(room.getKey(), events);
            }
            days.add(new Schedule.Day(index, date, null, null, rooms));
        }
        return new Schedule(generator, version, new Schedule.Conference(optionalText(c, "acronym"), title, start,
                end, zone.getId(), optionalText(c, "url"), List.of(), List.of(), days));
    }

    private Schedule.Event event(JsonTree.Node node, LocalDate day, String roomKey, ZoneId zone) {
        Map<String, JsonTree.Node> e = node.object(source);
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
            for (JsonTree.Node p : e.get("persons").array(source)) {
                Map<String, JsonTree.Node> person = p.object(source);
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

    private JsonTree.Node required(JsonTree.Node parent, Map<String, JsonTree.Node> members, String name) {
        JsonTree.Node n = members.get(name);
        if (n == null || n.isNull()) {
            throw parent.error(source, "'" + name + "' is missing");
        }
        return n;
    }

    private String optionalText(Map<String, JsonTree.Node> members, String name) {
        JsonTree.Node n = members.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.value() instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return n.text(source);
    }

    private LocalDate date(JsonTree.Node n) {
        String t = n.text(source);
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeException e) {
            throw n.error(source, "'" + t + "' is not a date written YYYY-MM-DD");
        }
    }

    private OffsetDateTime dateTime(JsonTree.Node n) {
        String t = n.text(source);
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeException e) {
            throw n.error(source, "'" + t + "' is not a date and time with offset, e.g. 2021-11-20T09:00:00+02:00");
        }
    }

    private LocalTime time(JsonTree.Node n) {
        String t = n.text(source);
        try {
            return LocalTime.parse(t).withSecond(0).withNano(0);
        } catch (DateTimeException e) {
            throw n.error(source, "'" + t + "' is not a time written HH:MM");
        }
    }

    private Duration duration(JsonTree.Node n) {
        return ScheduleText.parseDuration(n.text(source), m -> n.error(source, m));
    }

    private ZoneId zone(JsonTree.Node n) {
        if (n == null) {
            return ZoneId.of(ScheduleText.ATHENS);
        }
        try {
            return ZoneId.of(n.text(source));
        } catch (DateTimeException e) {
            throw n.error(source, "'" + n.text(source) + "' is not a known time zone such as Europe/Athens");
        }
    }
}
