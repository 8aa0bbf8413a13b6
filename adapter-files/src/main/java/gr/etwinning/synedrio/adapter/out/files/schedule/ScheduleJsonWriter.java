package gr.etwinning.synedrio.adapter.out.files.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schedule.json as the c3voc schema and pretalx write it; the tests validate it against the schema vendored in
 * {@code bootstrap/src/test/resources/schemas/schedule/schema.json}.
 */
final class ScheduleJsonWriter {

    static final String SCHEMA = "https://c3voc.de/schedule/schema.json";

    private ScheduleJsonWriter() {
    }

    static String write(Schedule schedule, String generatorVersion) {
        Schedule.Conference c = schedule.conference();
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("acronym", c.acronym());
        conference.put("title", c.title());
        conference.put("start", c.start().toString());
        conference.put("end", c.end().toString());
        conference.put("daysCount", c.days().size());
        conference.put("timeslot_duration", "00:05");
        conference.put("time_zone_name", c.timeZone());
        conference.put("url", c.url());
        List<Object> rooms = new ArrayList<>();
        for (Schedule.Room r : c.rooms()) {
            Map<String, Object> room = new LinkedHashMap<>();
            room.put("name", r.name());
            room.put("guid", r.guid().toString());
            rooms.add(room);
        }
        conference.put("rooms", rooms);
        conference.put("tracks", c.tracks().stream().map(t -> Map.of("name", t)).toList());
        List<Object> days = new ArrayList<>();
        for (Schedule.Day d : c.days()) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("index", d.index());
            day.put("date", d.date().toString());
            day.put("day_start", ScheduleText.dateTime(d.start()));
            day.put("day_end", ScheduleText.dateTime(d.end()));
            Map<String, Object> dayRooms = new LinkedHashMap<>();
            d.rooms().forEach((name, events) -> dayRooms.put(name, events.stream().map(ScheduleJsonWriter::event)
                    .toList()));
            day.put("rooms", dayRooms);
            days.add(day);
        }
        conference.put("days", days);

        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("version", schedule.version());
        inner.put("conference", conference);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("name", schedule.generator());
        generator.put("version", generatorVersion);
        root.put("generator", generator);
        root.put("schedule", inner);
        return json(root);
    }

    /** The value as this writer writes JSON: the same value always gives the same bytes. */
    static String json(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schedule could not be written as JSON", e);
        }
    }

    /**
     * Two spaces of indentation, {@code "name": value}, every member and item on its own line, {@code []} and
     * {@code {}} for empty ones, members in the order put: the same schedule always gives the same bytes.
     */
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new Escapes());
        WRITER = mapper.writer(printer);
    }

    /**
     * Control characters other than line feed, carriage return and tab as six-character escapes (backslash, u,
     * four lower-case hex digits), and the line and paragraph separators too, which JavaScript reads as line ends.
     */
    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii;

        Escapes() {
            ascii = standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                return new SerializedString(String.format("\\u%04x", c));
            }
            return null;
        }
    }

    private static Map<String, Object> event(Schedule.Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("guid", e.guid().toString());
        m.put("id", e.id());
        m.put("date", ScheduleText.dateTime(e.date()));
        m.put("start", e.start().toString());
        m.put("duration", ScheduleText.hhmm(e.duration()));
        m.put("room", e.room());
        m.put("slug", e.slug());
        m.put("url", e.url());
        m.put("title", e.title());
        m.put("subtitle", e.subtitle());
        m.put("track", e.track());
        m.put("type", e.type());
        m.put("language", e.language());
        m.put("abstract", e.abstractText());
        m.put("description", e.description());
        List<Object> persons = new ArrayList<>();
        for (String name : e.persons()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("public_name", name);
            persons.add(p);
        }
        m.put("persons", persons);
        m.put("links", List.of());
        return m;
    }
}
