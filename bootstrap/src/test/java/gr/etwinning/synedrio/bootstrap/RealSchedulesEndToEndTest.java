package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Issue 21: the schedules that frab, pretalx, the c3voc tools and the 38C3 hub really published (ten of them, 2014
 * to 2025, in src/test/resources/schedules/real with their sources) import; what the programme holds is what the
 * file holds — events, the days that have events, rooms and persons, counted here from the file itself with XPath
 * or a Jackson tree — and export → import → export gives the same bytes in schedule.xml, schedule.json and
 * schedule.json 2.0, the frab XML still valid against the community XSD.
 */
class RealSchedulesEndToEndTest {

    @TempDir
    Path dir;

    /** What a schedule holds, counted independently of Synedrio's reader. */
    record Counts(int events, Set<String> daysWithEvents, Set<String> rooms, Set<String> persons) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"frab-31c3-2014.xml", "c3voc-33c3-workshops-2016.xml", "c3voc-35c3-wiki-2018.json",
            "frab-camp2019.json", "pretalx-democon-2020.json", "pretalx-rc3-channels-2020.json",
            "c3voc-jev22-channels-2022.json", "hub-38c3-schedule2-2024.json", "c3voc-39c3-block-2025.json",
            "c3voc-39c3-buildupteardown-2025.xml"})
    void aRealPublishedScheduleImportsWithItsEventsDaysRoomsAndPersonsAndRoundTripsByteForByte(String name)
            throws Exception {
        String source = ScheduleEndToEndTest.resource("/schedules/real/" + name);
        Counts expected = name.endsWith(".xml") ? countXml(source) : countJson(source);
        Path file = Files.writeString(dir.resolve(name), source);
        CliRun cli = new CliRun(dir.resolve("db"));

        CliRun.Result imported = cli.run("program", "import", "40", file.toString(), "--lang", "en");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("as edition 40 (new)");
        String json = export(cli, 40, "schedule-json");
        Counts exported = countJson(json);
        assertThat(exported.events()).as("events").isEqualTo(expected.events());
        assertThat(exported.daysWithEvents()).as("days with events").isEqualTo(expected.daysWithEvents());
        assertThat(exported.rooms()).as("rooms").isEqualTo(expected.rooms());
        assertThat(keys(exported.persons())).as("persons, one however its name's case or accents vary")
                .isEqualTo(keys(expected.persons()));

        String xml = export(cli, 40, "frab-xml");
        var xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ScheduleSchemas.file("schedule.xml.xsd").toFile());
        assertThatCode(() -> xsd.newValidator().validate(new StreamSource(new StringReader(xml))))
                .doesNotThrowAnyException();
        assertThat(ScheduleEndToEndTest.jsonSchemaErrors(json)).isEmpty();

        for (String format : List.of("schedule-json", "frab-xml", "schedule-json2")) {
            String first = export(cli, 40, format);
            Path ours = Files.writeString(dir.resolve("ours-" + format), first);
            CliRun elsewhere = new CliRun(dir.resolve("elsewhere-" + format));
            CliRun.Result again = elsewhere.run("program", "import", "40", ours.toString(), "--lang", "en");
            assertThat(again.code()).as(format + ": " + again.err()).isZero();
            assertThat(again.out()).as(format).doesNotContain("changed\t");
            assertThat(export(elsewhere, 40, format)).as(format).isEqualTo(first);
            assertThat(export(elsewhere, 40, "ical")).as("ical after " + format).isEqualTo(export(cli, 40, "ical"));
        }
    }

    @Test
    void theImportSaysWhatItIgnoredAndWhatItChangedNeverDroppingItSilently() throws Exception {
        Path c3 = Files.writeString(dir.resolve("33c3.xml"),
                ScheduleEndToEndTest.resource("/schedules/real/c3voc-33c3-workshops-2016.xml"));
        Path hub = Files.writeString(dir.resolve("hub.json"),
                ScheduleEndToEndTest.resource("/schedules/real/hub-38c3-schedule2-2024.json"));
        CliRun cli = new CliRun(dir.resolve("db"));

        CliRun.Result r = cli.run("program", "import", "41", c3.toString(), "--lang", "en");
        CliRun.Result h = cli.run("program", "import", "44", hub.toString(), "--lang", "en");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ignored\tlinks (228)",
                "changed\tno time_zone_name: Europe/Berlin taken, whose offset its first event's date has",
                "changed\tthe conference's dates 2016-12-27 to 2016-12-30 widened to 2016-12-26 to 2016-12-30",
                "changed\tevent 'Lötworkshop von Chaos macht Schule' (33c3.xml:726) lasts 25:00, a day or more:"
                        + " imported with its time unknown",
                "stay speakers of the earlier event only");
        assertThat(h.code()).as(h.err()).isZero();
        assertThat(h.out()).contains("ignored\tattachments (", "ignored\tlinks (2)");
    }

    @Test
    void olderFrabKeepsItsNonUuidGuidAsExternalIdAndExportsAStableUuid() throws Exception {
        Path file = Files.writeString(dir.resolve("31c3.xml"),
                ScheduleEndToEndTest.resource("/schedules/real/frab-31c3-2014.xml"));
        CliRun cli = new CliRun(dir.resolve("db"));
        CliRun.Result r = cli.run("program", "import", "42", file.toString(), "--lang", "en");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("changed\t\\d+ event guid\\(s\\) that are not UUIDs: each kept as the"
                + " event's external id");
        String json = export(cli, 42, "schedule-json");
        assertThat(json).contains("\"title\": \"31. Chaos Communication Congress\"")
                .doesNotContain("HOqeNIb6G7M4hYFKFRkCmQ\"");
        assertThat(export(cli, 42, "schedule-json")).isEqualTo(json);
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("db/synedrio").toAbsolutePath()
                + ";DATABASE_TO_LOWER=TRUE";
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
             var s = c.prepareStatement("select title from contribution where edition = 42 and external_id = ?")) {
            s.setString(1, "HOqeNIb6G7M4hYFKFRkCmQ");
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).as("the guid kept as written, case and all").isTrue();
            }
        }
    }

    @Test
    void aLateEventBelongsToTheDayItStartsInOnTheScheduleAndOnProgramShow() throws Exception {
        Path file = Files.writeString(dir.resolve("block.json"),
                ScheduleEndToEndTest.resource("/schedules/real/c3voc-39c3-block-2025.json"));
        CliRun cli = new CliRun(dir.resolve("db"));
        assertThat(cli.run("program", "import", "43", file.toString()).code()).isZero();

        JsonNode day1 = new ObjectMapper().readTree(export(cli, 43, "schedule-json"))
                .at("/schedule/conference/days/1");
        assertThat(day1.get("day_start").asText()).isEqualTo("2025-12-27T09:00:00+01:00");
        assertThat(day1.get("day_end").asText()).isEqualTo("2025-12-28T08:00:00+01:00");
        List<String> pastMidnight = new ArrayList<>();
        day1.get("rooms").forEach(room -> room.forEach(e -> {
            OffsetDateTime start = OffsetDateTime.parse(e.get("date").asText());
            String[] d = e.get("duration").asText().split(":");
            if (start.plusHours(Long.parseLong(d[0])).plusMinutes(Long.parseLong(d[1])).getDayOfMonth() == 28) {
                pastMidnight.add(e.get("title").asText());
            }
        }));
        assertThat(pastMidnight).as("events of the second night stay on the second day").hasSize(12);
        String show = cli.run("program", "show", "43").out();
        String secondDay = show.substring(show.indexOf("27/12/2025"), show.indexOf("28/12/2025"));
        assertThat(secondDay).as("program show lists the night under the day it began")
                .containsPattern("2[0-3]:\\d\\d–0\\d:\\d\\d");
    }

    private static String export(CliRun cli, int edition, String format) {
        CliRun.Result r = cli.run("program", "export", Integer.toString(edition), "--format", format);
        assertThat(r.code()).as(format + ": " + r.err()).isZero();
        return r.out();
    }

    static Set<String> keys(Set<String> names) {
        Set<String> keys = new TreeSet<>();
        names.forEach(n -> keys.add(gr.etwinning.synedrio.domain.text.GreekText.key(n)));
        return keys;
    }

    /** A room's name as the exports write it: a room without a name is 'Αίθουσα άγνωστη' (docs/schedule-formats.md). */
    static String room(String name) {
        return name.isBlank() ? "Αίθουσα άγνωστη" : name;
    }

    /** Events, days with events, room names and person names of a schedule.xml, by XPath. */
    static Counts countXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList events = (NodeList) xpath.evaluate("/schedule/day/room/event", doc, XPathConstants.NODESET);
        Set<String> days = new TreeSet<>();
        Set<String> rooms = new TreeSet<>();
        Set<String> persons = new TreeSet<>();
        for (int i = 0; i < events.getLength(); i++) {
            Element e = (Element) events.item(i);
            days.add(((Element) e.getParentNode().getParentNode()).getAttribute("date"));
            rooms.add(room(((Element) e.getParentNode()).getAttribute("name")));
            NodeList ps = (NodeList) xpath.evaluate("persons/person", e, XPathConstants.NODESET);
            for (int j = 0; j < ps.getLength(); j++) {
                persons.add(ps.item(j).getTextContent().strip());
            }
        }
        return new Counts(events.getLength(), days, rooms, persons);
    }

    /** The same of a schedule.json, either generation, by walking a Jackson tree. */
    static Counts countJson(String json) throws Exception {
        JsonNode schedule = new ObjectMapper().readTree(json).get("schedule");
        JsonNode conference = schedule.get("conference");
        Set<String> days = new TreeSet<>();
        Set<String> rooms = new TreeSet<>();
        Set<String> persons = new TreeSet<>();
        int events = 0;
        if (schedule.has("events")) {
            ZoneId zone = ZoneId.of(conference.get("time_zone_name").asText());
            for (JsonNode e : schedule.get("events")) {
                events++;
                OffsetDateTime start = OffsetDateTime.parse(e.get("start").asText());
                for (JsonNode d : conference.get("days")) {
                    if (!start.isBefore(OffsetDateTime.parse(d.get("start").asText()))
                            && start.isBefore(OffsetDateTime.parse(d.get("end").asText()))) {
                        days.add(d.get("date").asText());
                    }
                }
                rooms.add(room(e.get("room").isObject() ? e.get("room").get("name").asText() : e.get("room").asText()));
                for (JsonNode p : e.has("participants") ? e.get("participants") : e.get("persons")) {
                    persons.add(p.get("name").asText().strip());
                }
            }
            assertThat(zone).isNotNull();
        } else {
            for (JsonNode d : conference.get("days")) {
                var names = d.get("rooms").fieldNames();
                while (names.hasNext()) {
                    String room = names.next();
                    for (JsonNode e : d.get("rooms").get(room)) {
                        events++;
                        days.add(d.get("date").asText());
                        rooms.add(room(room));
                        for (JsonNode p : e.path("persons")) {
                            JsonNode n = p.hasNonNull("name") ? p.get("name") : p.get("public_name");
                            persons.add(n.asText().strip());
                        }
                    }
                }
            }
        }
        return new Counts(events, days, rooms, persons);
    }
}
