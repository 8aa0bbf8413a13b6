package gr.etwinning.synedrio.adapter.out.files.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;

import gr.etwinning.synedrio.domain.InvalidValueException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
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
 * Reads schedule.xml as frab, pretalx and Synedrio write it, with StAX; DTDs and external entities are refused, so
 * a file cannot make the reader fetch anything. A refusal names the file and the line of the problem.
 */
final class FrabXmlReader {

    /** An element as read: its name, attributes, text, children and the line it starts on. */
    private record Element(String name, Map<String, String> attributes, String text, List<Element> children,
                           int line) {

        Element child(String n) {
            for (Element c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        List<Element> all(String n) {
            return children.stream().filter(c -> c.name.equals(n)).toList();
        }

        String childText(String n) {
            Element c = child(n);
            return c == null ? null : c.text;
        }
    }

    /** What an event element holds that the import uses; anything else with content is named as ignored. */
    private static final java.util.Set<String> USED = java.util.Set.of("date", "start", "duration", "room", "slug",
            "url", "title", "subtitle", "track", "type", "language", "abstract", "description", "persons");

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

    private FrabXmlReader(String source) {
        this.source = source;
    }

    static Schedule read(String text, String source) {
        FrabXmlReader r = new FrabXmlReader(source);
        return r.schedule(r.parse(text));
    }

    private Element parse(String text) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own, whatever else is on the class path
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = null;
        try {
            x = factory.createXMLStreamReader(new StringReader(text));
            List<Element> stack = new ArrayList<>();
            List<StringBuilder> texts = new ArrayList<>();
            Element root = null;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        attributes.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
                    }
                    Element e = new Element(x.getLocalName(), attributes, null, new ArrayList<>(),
                            x.getLocation().getLineNumber());
                    stack.add(e);
                    texts.add(new StringBuilder());
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!texts.isEmpty()) {
                        texts.get(texts.size() - 1).append(x.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Element open = stack.remove(stack.size() - 1);
                    String t = texts.remove(texts.size() - 1).toString();
                    Element done = new Element(open.name, open.attributes, t, open.children, open.line);
                    if (stack.isEmpty()) {
                        root = done;
                    } else {
                        stack.get(stack.size() - 1).children.add(done);
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw new InvalidValueException(source, source + ":" + x.getLocation().getLineNumber()
                            + ": a DOCTYPE is not accepted in a schedule");
                }
            }
            if (root == null) {
                throw new InvalidValueException(source, source + ": holds no XML element");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int at = message.indexOf("Message: ");
            throw new InvalidValueException(source, source + (line > 0 ? ":" + line : "") + ": not well-formed XML: "
                    + (at >= 0 ? message.substring(at + 9) : message).strip());
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    private InvalidValueException error(Element e, String message) {
        return new InvalidValueException("line " + e.line, source + ":" + e.line + ": <" + e.name + ">: " + message);
    }

    private Schedule schedule(Element root) {
        if (!root.name.equals("schedule")) {
            throw error(root, "the root element must be <schedule>");
        }
        Element generator = root.child("generator");
        Element c = required(root, "conference");
        String title = requiredText(c, "title");
        LocalDate start = date(c, requiredText(c, "start"));
        LocalDate end = date(c, requiredText(c, "end"));
        String zoneName = c.childText("time_zone_name");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName == null || zoneName.isBlank() ? offsetOfFirstEvent(root) : zoneName.strip());
        } catch (DateTimeException e) {
            throw error(c.child("time_zone_name"), "'" + zoneName + "' is not a known time zone");
        }
        if ((zoneName == null || zoneName.isBlank()) && !zone.getId().equals(ScheduleText.ATHENS)) {
            ignored.changed("no time_zone_name: " + zone.getId() + " taken, whose offset its first event's date has");
        }
        List<Schedule.Day> days = new ArrayList<>();
        for (Element day : root.all("day")) {
            String dateText = day.attributes.get("date");
            if (dateText == null) {
                throw error(day, "the attribute 'date' is missing");
            }
            LocalDate date = date(day, dateText);
            int index;
            try {
                index = Integer.parseInt(day.attributes.getOrDefault("index", "0"));
            } catch (NumberFormatException e) {
                throw error(day, "the attribute 'index' is not a whole number");
            }
            Map<String, List<Schedule.Event>> rooms = new LinkedHashMap<>();
            for (Element room : day.all("room")) {
                String name = room.attributes.get("name");
                if (name == null) {
                    throw error(room, "the attribute 'name' is missing");
                }
                List<Schedule.Event> events = new ArrayList<>();
                for (Element e : room.all("event")) {
                    events.add(event(e, date, name, zone));
                }
                rooms.put(name, events);
            }
            days.add(new Schedule.Day(index, date, hour(day, "start", zone), hour(day, "end", zone), rooms));
        }
        return new Schedule(generator == null ? null : generator.attributes.get("name"), root.childText("version"),
                new Schedule.Conference(c.childText("acronym"), title, start, end, zone.getId(), c.childText("url"),
                        List.of(), List.of(), days), ignored.list(), changes());
    }

    /** The zone of the first event's date and offset, for a file that names no time zone; else Athens. */
    private static String offsetOfFirstEvent(Element root) {
        for (Element day : root.all("day")) {
            for (Element room : day.all("room")) {
                for (Element e : room.all("event")) {
                    String d = e.childText("date");
                    if (d != null && !d.isBlank()) {
                        try {
                            return ScheduleText.zoneFor(OffsetDateTime.parse(d.strip())).getId();
                        } catch (DateTimeException x) {
                            return ScheduleText.ATHENS;
                        }
                    }
                }
            }
        }
        return ScheduleText.ATHENS;
    }

    /** A day's start or end ("2014-12-28T04:00:00+01:00"), or null when it is missing or only a date. */
    private OffsetDateTime hour(Element day, String attribute, ZoneId zone) {
        String t = day.attributes.get(attribute);
        if (t == null || t.strip().length() <= 10) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t.strip()).atZoneSameInstant(zone).toOffsetDateTime();
        } catch (DateTimeException x) {
            throw error(day, "the attribute '" + attribute + "' is not a date and time with offset: '" + t + "'");
        }
    }

    private Schedule.Event event(Element e, LocalDate day, String roomName, ZoneId zone) {
        String title = requiredText(e, "title");
        Duration duration = ScheduleText.parseDuration(requiredText(e, "duration"),
                m -> error(e.child("duration"), m));
        OffsetDateTime date;
        LocalTime start;
        String dateText = e.childText("date");
        if (dateText != null && !dateText.isBlank()) {
            try {
                date = OffsetDateTime.parse(dateText.strip()).atZoneSameInstant(zone).toOffsetDateTime();
            } catch (DateTimeException x) {
                throw error(e.child("date"), "'" + dateText + "' is not a date and time with offset");
            }
            start = date.toLocalTime();
        } else {
            String startText = requiredText(e, "start");
            try {
                start = LocalTime.parse(startText.strip()).withSecond(0).withNano(0);
            } catch (DateTimeException x) {
                throw error(e.child("start"), "'" + startText + "' is not a time written HH:MM");
            }
            date = day.atTime(start).atZone(zone).toOffsetDateTime();
        }
        List<String> persons = new ArrayList<>();
        Element personsElement = e.child("persons");
        if (personsElement != null) {
            for (Element p : personsElement.all("person")) {
                if (p.text.isBlank()) {
                    throw error(p, "a person without a name");
                }
                persons.add(p.text.strip());
            }
        }
        long id = 0;
        try {
            id = Long.parseLong(e.attributes.getOrDefault("id", "0").strip());
        } catch (IllegalArgumentException x) {
            throw error(e, "the attribute 'id' must be a whole number");
        }
        String guidText = blankToNull(e.attributes.get("guid"));
        UUID guid = guidText == null ? null : ScheduleText.guid(guidText);
        String code = e.attributes.get("code");
        if (guidText != null && !ScheduleText.isUuid(guidText)) {
            guidsNotUuid++;
            if (code == null) {
                code = guidText;
            }
        }
        for (Element child : e.children) {
            if (!USED.contains(child.name) && hasContent(child)) {
                ignored.add(child.name);
            }
        }
        String room = e.childText("room");
        return new Schedule.Event(id, guid, date, start, duration, room == null || room.isBlank() ? roomName : room,
                blankToNull(e.childText("slug")), blankToNull(e.childText("url")), title,
                blankToNull(e.childText("subtitle")), blankToNull(e.childText("track")),
                blankToNull(e.childText("type")), blankToNull(e.childText("language")),
                blankToNull(e.childText("abstract")), blankToNull(e.childText("description")), persons,
                code, source + ":" + e.line);
    }

    /** Whether an element says anything: text, or a child that does ("false" of an opt-out says nothing). */
    private static boolean hasContent(Element e) {
        if (e.children.isEmpty()) {
            String t = e.text.strip();
            return !t.isEmpty() && !t.equals("false");
        }
        return e.children.stream().anyMatch(FrabXmlReader::hasContent);
    }

    private Element required(Element parent, String name) {
        Element c = parent.child(name);
        if (c == null) {
            throw error(parent, "<" + name + "> is missing");
        }
        return c;
    }

    private String requiredText(Element parent, String name) {
        Element c = required(parent, name);
        if (c.text.isBlank()) {
            throw error(c, "is empty");
        }
        return c.text.strip();
    }

    private LocalDate date(Element e, String text) {
        try {
            String t = text.strip();
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeException x) {
            throw error(e, "'" + text + "' is not a date written YYYY-MM-DD");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
