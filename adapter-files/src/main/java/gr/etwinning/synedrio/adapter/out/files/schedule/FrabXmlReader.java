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

    private final String source;

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
            zone = ZoneId.of(zoneName == null || zoneName.isBlank() ? ScheduleText.ATHENS : zoneName.strip());
        } catch (DateTimeException e) {
            throw error(c.child("time_zone_name"), "'" + zoneName + "' is not a known time zone");
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
            days.add(new Schedule.Day(index, date, null, null, rooms));
        }
        return new Schedule(generator == null ? null : generator.attributes.get("name"), root.childText("version"),
                new Schedule.Conference(c.childText("acronym"), title, start, end, zone.getId(), c.childText("url"),
                        List.of(), List.of(), days));
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
        UUID guid = null;
        try {
            id = Long.parseLong(e.attributes.getOrDefault("id", "0"));
            guid = e.attributes.containsKey("guid") ? UUID.fromString(e.attributes.get("guid")) : null;
        } catch (IllegalArgumentException x) {
            throw error(e, "the attribute 'id' must be a whole number and 'guid' a UUID");
        }
        String room = e.childText("room");
        return new Schedule.Event(id, guid, date, start, duration, room == null || room.isBlank() ? roomName : room,
                blankToNull(e.childText("slug")), blankToNull(e.childText("url")), title,
                blankToNull(e.childText("subtitle")), blankToNull(e.childText("track")),
                blankToNull(e.childText("type")), blankToNull(e.childText("language")),
                blankToNull(e.childText("abstract")), blankToNull(e.childText("description")), persons,
                e.attributes.get("code"), source + ":" + e.line);
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
