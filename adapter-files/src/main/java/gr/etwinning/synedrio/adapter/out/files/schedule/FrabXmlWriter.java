package gr.etwinning.synedrio.adapter.out.files.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * schedule.xml as frab writes it and the c3voc {@code schedule.xml.xsd} defines it (StAX); the tests validate it
 * against the schema vendored in {@code bootstrap/src/test/resources/schemas/schedule}.
 */
final class FrabXmlWriter {

    private final XMLStreamWriter w;
    private int depth;

    private FrabXmlWriter(XMLStreamWriter w) {
        this.w = w;
    }

    static String write(Schedule schedule, String generatorVersion) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            new FrabXmlWriter(w).schedule(schedule, generatorVersion);
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write schedule.xml", e);
        }
        return out.toString();
    }

    private void schedule(Schedule s, String generatorVersion) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        open("schedule");
        empty("generator");
        w.writeAttribute("name", s.generator());
        w.writeAttribute("version", generatorVersion);
        leaf("version", s.version());
        Schedule.Conference c = s.conference();
        open("conference");
        leaf("title", c.title());
        leaf("acronym", c.acronym());
        leaf("start", c.start().toString());
        leaf("end", c.end().toString());
        leaf("days", Integer.toString(c.days().size()));
        leaf("timeslot_duration", "00:05");
        leaf("url", c.url());
        leaf("time_zone_name", c.timeZone());
        for (String track : c.tracks()) {
            empty("track");
            w.writeAttribute("name", track);
        }
        close();
        for (Schedule.Day d : c.days()) {
            open("day");
            w.writeAttribute("index", Integer.toString(d.index()));
            w.writeAttribute("date", d.date().toString());
            w.writeAttribute("start", ScheduleText.dateTime(d.start()));
            w.writeAttribute("end", ScheduleText.dateTime(d.end()));
            for (var room : d.rooms().entrySet()) {
                open("room");
                w.writeAttribute("name", room.getKey());
                c.rooms().stream().filter(r -> r.name().equals(room.getKey())).findFirst()
                        .ifPresent(r -> attribute("guid", r.guid().toString()));
                for (Schedule.Event e : room.getValue()) {
                    event(e);
                }
                close();
            }
            close();
        }
        close();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private void event(Schedule.Event e) throws XMLStreamException {
        open("event");
        w.writeAttribute("guid", e.guid().toString());
        w.writeAttribute("id", Long.toString(e.id()));
        leaf("date", ScheduleText.dateTime(e.date()));
        leaf("start", e.start().toString());
        leaf("duration", ScheduleText.hhmm(e.duration()));
        leaf("room", e.room());
        leaf("slug", e.slug());
        leaf("url", e.url());
        leaf("title", e.title());
        leaf("subtitle", e.subtitle());
        leaf("track", e.track());
        leaf("type", e.type());
        leaf("language", e.language());
        leaf("abstract", e.abstractText() == null ? "" : e.abstractText());
        if (e.description() != null) {
            leaf("description", e.description());
        }
        List<String> persons = e.persons();
        if (persons.isEmpty()) {
            empty("persons");
        } else {
            open("persons");
            for (String p : persons) {
                leaf("person", p);
            }
            close();
        }
        close();
    }

    private void attribute(String name, String value) {
        try {
            w.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void open(String name) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        w.writeEndElement();
    }

    private void empty(String name) throws XMLStreamException {
        indent();
        w.writeEmptyElement(name);
    }

    private void leaf(String name, String text) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
