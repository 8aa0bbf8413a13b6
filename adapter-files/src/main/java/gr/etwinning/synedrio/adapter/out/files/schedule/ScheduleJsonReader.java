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

    /** What an event holds that the import uses; anything else with content is named as ignored. */
    private static final java.util.Set<String> USED = java.util.Set.of("id", "guid", "code", "date", "start",
            "end", "duration", "room", "slug", "url", "title", "subtitle", "track", "type", "language", "abstract",
            "description", "persons", "participants");

    private final String source;
    private final ScheduleText.ReadNotes ignored = new ScheduleText.ReadNotes();
    private int guidsNotUuid;

    private List<String> changes() {
        if (guidsNotUuid > 0) {
            ignored.changed(guidsNotUuid + " event guid(s) that are not UUIDs: each kept as the event's external id"
                    + " (its code, which its contribution id is made from); the exports give it a UUID v5 of it");
        }
        return ignored.changes();
    }

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
        boolean schema2 = schedule.containsKey("events");
        ZoneId zone = zoneName != null ? zone(c.get("time_zone_name")) : offsetOfFirstEvent(schema2
                ? schedule.get("events") : c.get("days"));
        if (zoneName == null && !zone.getId().equals(ScheduleText.ATHENS)) {
            ignored.changed("no time_zone_name: " + zone.getId() + " taken, whose offset its first event's date has");
        }
        List<Schedule.Day> days = new ArrayList<>();
        for (JsonTree.Node dayNode : required(conferenceNode, c, "days").array(source)) {
            Map<String, JsonTree.Node> day = dayNode.object(source);
            LocalDate date = date(required(dayNode, day, "date"));
            int index = (int) required(dayNode, day, "index").number(source);
            Map<String, List<Schedule.Event>> rooms = new LinkedHashMap<>();
            if (!schema2) {
                for (Map.Entry<String, JsonTree.Node> room : required(dayNode, day, "rooms").object(source)
                        .entrySet()) {
                    List<Schedule.Event> events = new ArrayList<>();
                    for (JsonTree.Node eventNode : room.getValue().array(source)) {
                        events.add(event(eventNode, date, room.getKey(), zone));
                    }
                    rooms.put(room.getKey(), events);
                }
            }
            days.add(new Schedule.Day(index, date, hour(day, schema2 ? "start" : "day_start", zone),
                    hour(day, schema2 ? "end" : "day_end", zone), rooms));
        }
        if (schema2) {
            placeOnDays(required(top.get("schedule"), schedule, "events").array(source), days, zone);
        }
        for (String key : schedule.keySet()) {
            if (!java.util.Set.of("version", "base_url", "conference", "events", "persons", "url").contains(key)) {
                ignored.add("schedule." + key);
            }
        }
        return new Schedule(generator, version, new Schedule.Conference(optionalText(c, "acronym"), title, start,
                end, zone.getId(), optionalText(c, "url"), List.of(), List.of(), days), ignored.list(), changes());
    }

    /**
     * schedule.json 2.0 (the hub's schema2): events at the schedule's top level, each on the day whose hours hold
     * its start (else the day of its date, as for an event lasting 00:00, whose time is unknown), in its room in
     * the order given.
     */
    private void placeOnDays(List<JsonTree.Node> events, List<Schedule.Day> days, ZoneId zone) {
        for (JsonTree.Node node : events) {
            Map<String, JsonTree.Node> e = node.object(source);
            JsonTree.Node roomNode = required(node, e, "room");
            String room = roomNode.value() instanceof Map<?, ?> ? required(roomNode, roomNode.object(source), "name")
                    .text(source) : roomNode.text(source);
            OffsetDateTime start = dateTime(e.containsKey("start") ? e.get("start") : required(node, e, "date"));
            boolean lasting = !e.containsKey("end") || !dateTime(e.get("end")).isEqual(start);
            Schedule.Day on = null;
            for (Schedule.Day d : lasting ? days : List.<Schedule.Day>of()) {
                if (d.start() != null && d.end() != null && !start.isBefore(d.start()) && start.isBefore(d.end())) {
                    on = d;
                    break;
                }
            }
            if (on == null) {
                LocalDate date = start.atZoneSameInstant(zone).toLocalDate();
                on = days.stream().filter(d -> d.date().equals(date)).findFirst()
                        .orElseThrow(() -> node.error(source, "starts on " + date + ", which is none of the days"));
            }
            on.rooms().computeIfAbsent(room, k -> new ArrayList<>()).add(event(node, on.date(), room, zone));
        }
    }

    /** The zone of the first event's date and offset in the days or events given; Athens when there is none. */
    private static ZoneId offsetOfFirstEvent(JsonTree.Node node) {
        if (node == null || node.isNull()) {
            return ZoneId.of(ScheduleText.ATHENS);
        }
        java.util.ArrayDeque<JsonTree.Node> todo = new java.util.ArrayDeque<>(List.of(node));
        while (!todo.isEmpty()) {
            Object v = todo.removeFirst().value();
            if (v instanceof Map<?, ?> m) {
                for (String key : List.of("date", "start")) {
                    if (m.get(key) instanceof JsonTree.Node n && n.value() instanceof String t && t.length() > 19) {
                        try {
                            return ScheduleText.zoneFor(OffsetDateTime.parse(t));
                        } catch (DateTimeException e) {
                            // not a date and time: look further
                        }
                    }
                }
                m.values().forEach(x -> todo.addLast((JsonTree.Node) x));
            } else if (v instanceof List<?> l) {
                l.forEach(x -> todo.addLast((JsonTree.Node) x));
            }
        }
        return ZoneId.of(ScheduleText.ATHENS);
    }

    /** A day's start or end, or null when the file does not give it. */
    private OffsetDateTime hour(Map<String, JsonTree.Node> day, String name, ZoneId zone) {
        JsonTree.Node n = day.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        return dateTime(n).atZoneSameInstant(zone).toOffsetDateTime();
    }

    private Schedule.Event event(JsonTree.Node node, LocalDate day, String roomKey, ZoneId zone) {
        Map<String, JsonTree.Node> e = node.object(source);
        String title = required(node, e, "title").text(source);
        OffsetDateTime date;
        LocalTime start;
        Duration duration;
        JsonTree.Node startNode = e.get("start");
        boolean startIsDateTime = startNode != null && startNode.value() instanceof String t && t.length() > 8;
        if (startIsDateTime && e.containsKey("end") && !e.containsKey("duration")) {
            OffsetDateTime from = dateTime(startNode);
            duration = Duration.between(from, dateTime(e.get("end")));
        } else {
            duration = duration(required(node, e, "duration"));
        }
        if (startIsDateTime || e.containsKey("date") && !e.get("date").isNull()) {
            date = dateTime(startIsDateTime ? startNode : e.get("date")).atZoneSameInstant(zone).toOffsetDateTime();
            start = date.toLocalTime();
        } else {
            start = time(required(node, e, "start"));
            date = day.atTime(start).atZone(zone).toOffsetDateTime();
        }
        List<String> persons = new ArrayList<>();
        String personsKey = e.containsKey("persons") ? "persons" : "participants";
        if (e.containsKey(personsKey) && !e.get(personsKey).isNull()) {
            for (JsonTree.Node p : e.get(personsKey).array(source)) {
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
        String room = e.get("room") != null && e.get("room").value() instanceof String r ? r : null;
        long id = e.containsKey("id") && !e.get("id").isNull() && e.get("id").value() instanceof java.math.BigDecimal
                ? e.get("id").number(source) : 0;
        UUID guid = null;
        String code = optionalText(e, "code");
        if (e.containsKey("guid") && !e.get("guid").isNull()) {
            String guidText = e.get("guid").text(source);
            guid = ScheduleText.guid(guidText);
            if (!ScheduleText.isUuid(guidText)) {
                guidsNotUuid++;
                code = code == null ? guidText : code;
            }
        }
        String track = null;
        JsonTree.Node trackNode = e.get("track");
        if (trackNode != null && trackNode.value() instanceof Map<?, ?>) {
            Map<String, JsonTree.Node> t = trackNode.object(source);
            track = optionalText(t, "name") != null ? optionalText(t, "name") : optionalText(t, "slug");
        } else {
            track = optionalText(e, "track");
        }
        for (Map.Entry<String, JsonTree.Node> m : e.entrySet()) {
            if (!USED.contains(m.getKey()) && hasContent(m.getValue())) {
                ignored.add(m.getKey());
            }
        }
        return new Schedule.Event(id, guid, date, start, duration, room == null ? roomKey : room,
                optionalText(e, "slug"), optionalText(e, "url"), title, optionalText(e, "subtitle"),
                track, optionalText(e, "type"), optionalText(e, "language"),
                optionalText(e, "abstract"), optionalText(e, "description"), persons, code,
                source + ":" + node.line() + ":" + node.column() + " (" + node.path() + ")");
    }

    /** Whether a value says anything: not null, not empty, not false. */
    private static boolean hasContent(JsonTree.Node n) {
        Object v = n.value();
        if (v == null || Boolean.FALSE.equals(v)) {
            return false;
        }
        if (v instanceof String t) {
            return !t.isBlank();
        }
        if (v instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(x -> hasContent((JsonTree.Node) x));
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        return true;
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
