package gr.etwinning.synedrio.adapter.out.files.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;
import gr.etwinning.synedrio.application.port.out.schedule.Uuid5;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schedule.json 2.0, as the 38C3 hub writes it (the c3voc {@code schema2.json}): events and persons at the
 * schedule's top level, rooms and tracks at the conference's, days with their start and end and no rooms. Events
 * are listed day by day and room by room, in the order schedule.json lists them, so that reading it back gives the
 * same programme; a person's guid is a UUID v5 of the name in the schedule's namespace, stable across exports.
 */
final class ScheduleJson2Writer {

    static final String SCHEMA = "https://c3voc.de/schedule/schema2.json";

    private ScheduleJson2Writer() {
    }

    static String write(Schedule schedule, String generatorVersion) {
        Schedule.Conference c = schedule.conference();
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("acronym", c.acronym());
        conference.put("title", c.title());
        conference.put("start", c.start().toString());
        conference.put("end", c.end().toString());
        conference.put("time_zone_name", c.timeZone());
        conference.put("url", c.url());
        conference.put("tracks", c.tracks().stream().map(t -> Map.of("name", t)).toList());
        Map<String, String> roomGuids = new LinkedHashMap<>();
        List<Object> rooms = new ArrayList<>();
        for (Schedule.Room r : c.rooms()) {
            roomGuids.put(r.name(), r.guid().toString());
            Map<String, Object> room = new LinkedHashMap<>();
            room.put("name", r.name());
            room.put("guid", r.guid().toString());
            rooms.add(room);
        }
        conference.put("rooms", rooms);
        List<Object> days = new ArrayList<>();
        List<Object> events = new ArrayList<>();
        Map<String, Object> persons = new LinkedHashMap<>();
        for (Schedule.Day d : c.days()) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("index", d.index());
            day.put("date", d.date().toString());
            day.put("start", ScheduleText.dateTime(d.start()));
            day.put("end", ScheduleText.dateTime(d.end()));
            days.add(day);
            d.rooms().values().forEach(list -> list.forEach(e -> events.add(event(e, roomGuids, persons,
                    c.acronym()))));
        }
        conference.put("days", days);

        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("version", schedule.version());
        inner.put("conference", conference);
        inner.put("events", events);
        inner.put("persons", List.copyOf(persons.values()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("name", schedule.generator());
        generator.put("version", generatorVersion);
        root.put("generator", generator);
        root.put("schedule", inner);
        return ScheduleJsonWriter.json(root);
    }

    private static Map<String, Object> event(Schedule.Event e, Map<String, String> roomGuids,
                                             Map<String, Object> persons, String acronym) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("guid", e.guid().toString());
        m.put("id", e.id());
        m.put("start", ScheduleText.dateTime(e.date()));
        m.put("end", ScheduleText.dateTime(e.end()));
        Map<String, Object> room = new LinkedHashMap<>();
        room.put("name", e.room());
        room.put("guid", roomGuids.get(e.room()));
        m.put("room", room);
        m.put("slug", e.slug());
        m.put("url", e.url());
        m.put("title", e.title());
        m.put("subtitle", e.subtitle());
        m.put("track", e.track() == null ? null : Map.of("name", e.track()));
        m.put("type", e.type());
        m.put("language", e.language());
        m.put("abstract", e.abstractText());
        m.put("description", e.description());
        List<Object> participants = new ArrayList<>();
        for (String name : e.persons()) {
            String guid = Uuid5.of(Uuid5.NAMESPACE_URL, "schedule:" + acronym + "/person/" + name).toString();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("guid", guid);
            p.put("name", name);
            p.put("role", "SPEAKER");
            participants.add(p);
            persons.computeIfAbsent(guid, g -> {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("guid", g);
                person.put("name", name);
                return person;
            });
        }
        m.put("participants", participants);
        return m;
    }
}
