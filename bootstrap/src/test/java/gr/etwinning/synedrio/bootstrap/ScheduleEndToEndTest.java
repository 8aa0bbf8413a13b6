package gr.etwinning.synedrio.bootstrap;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The schedule exports and imports end to end, through the command line: the three exports of the 2021 edition
 * validate against the community schemas (vendored in src/test/resources/schemas, with real validators) and
 * parse back in a real iCalendar library; exporting twice, and export → import → export, give identical bytes; pretalx's schedule.json imports as
 * a new edition; bad files are refused with their line or path and write nothing.
 */
class ScheduleEndToEndTest {

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void importSeed() {
        cli = new CliRun(dir);
        CliRun.Result r = cli.run("import", Seed.file(dir).toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private String export(CliRun on, int edition, String format) {
        CliRun.Result r = on.run("program", "export", Integer.toString(edition), "--format", format);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void theFrabXmlExportOf2021ValidatesAgainstTheSharedXsd() throws Exception {
        String xml = export(cli, 7, "frab-xml");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ScheduleSchemas.file("schedule.xml.xsd").toFile());
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
                .doesNotThrowAnyException();
        assertThat(xml).contains("<title>Το σχολείο της εξωστρέφειας και της συνεργασίας</title>",
                "<title>Ομιλία (τίτλος άγνωστος) — Συνεδρία Πρωτοβάθμιας Εκπαίδευσης</title>",
                "<title>Τελετή Βράβευσης των νικητών του 15ου Εθνικού Διαγωνισμού έργων eTwinning</title>",
                "<person>Αλέξανδρος Κόππης</person>");
        assertThat(xml.split("<event ", -1)).as("87 contributions and the award ceremony").hasSize(89);
    }

    @Test
    void theScheduleJsonExportOf2021ValidatesAgainstTheSharedJsonSchema() throws Exception {
        String json = export(cli, 7, "schedule-json");
        assertThat(jsonSchemaErrors(json)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode day2 = root.at("/schedule/conference/days/1/rooms");
        assertThat(day2.get("Συνεδρία Πρωτοβάθμιας Εκπαίδευσης")).hasSize(31);
        JsonNode talk = day2.get("Συνεδρία Πρωτοβάθμιας Εκπαίδευσης").get(0);
        assertThat(talk.get("start").asText()).isEqualTo("09:00");
        assertThat(talk.get("duration").asText()).isEqualTo("10:00");
        assertThat(talk.get("description").asText()).contains("δεν είναι γνωστή");
        assertThat(talk.get("title").asText()).isEqualTo("Ομιλία (τίτλος άγνωστος) — Συνεδρία Πρωτοβάθμιας Εκπαίδευσης");
        assertThat(talk.get("subtitle").asText()).isEqualTo("Παράλληλη συνεδρία · Πρωτοβάθμια Εκπαίδευση");
    }

    @Test
    void theICalendarExportFollowsRfc5545AndParsesBackInBiweekly() {
        String ics = export(cli, 7, "ical");
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(ics);

        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar).isNotNull();
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(88);
        assertThat(events).extracting(e -> e.getSummary().getValue())
                .contains("Το σχολείο της εξωστρέφειας και της συνεργασίας",
                        "Ομιλία (τίτλος άγνωστος) — Συνεδρία Δευτεροβάθμιας Εκπαίδευσης");
        VEvent primary = events.stream().filter(e -> e.getLocation() != null
                && e.getLocation().getValue().equals("Συνεδρία Πρωτοβάθμιας Εκπαίδευσης")).findFirst().orElseThrow();
        assertThat(primary.getDateStart().getValue().getRawComponents().getHour()).isEqualTo(9);
        assertThat(primary.getDateStart().getValue()).isEqualTo(java.util.Date.from(
                java.time.ZonedDateTime.parse("2021-11-20T09:00:00+02:00").toInstant()));
        assertThat(calendar.getTimezoneInfo().getComponents()).singleElement()
                .satisfies(tz -> assertThat(tz.getTimezoneId().getValue()).isEqualTo("Europe/Athens"));
        assertThat(ics).contains("DTSTART;TZID=Europe/Athens:20211120T090000", "DTSTART;VALUE=DATE:20211119");
    }

    @Test
    void exportingTwiceGivesIdenticalBytesWithStableGuids() {
        for (String format : List.of("frab-xml", "schedule-json", "ical")) {
            assertThat(export(cli, 7, format)).as(format).isEqualTo(export(cli, 7, format));
        }
        assertThat(export(cli, 7, "schedule-json")).contains("\"guid\": \"");
    }

    @Test
    void exportImportExportIsByteIdenticalForScheduleJsonAndScheduleXml() throws IOException {
        for (String format : List.of("schedule-json", "frab-xml")) {
            String first = export(cli, 7, format);
            Path file = Files.writeString(dir.resolve(format.equals("frab-xml") ? "schedule.xml" : "schedule.json"),
                    first);
            CliRun elsewhere = new CliRun(dir.resolve("other-" + format));
            CliRun.Result imported = elsewhere.run("program", "import", "7", file.toString(), "--mode", "online",
                    "--lang", "en");
            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("as edition 7 (new): 9 sessions, 87 contributions");
            assertThat(export(elsewhere, 7, format)).as(format).isEqualTo(first);
            assertThat(export(elsewhere, 7, "ical")).as("ical after importing " + format)
                    .isEqualTo(export(cli, 7, "ical"));
        }
    }

    @Test
    void importingOurOwnExportIntoAnotherEditionReusesTheSeedsPeopleByTheirTransliteratedNames()
            throws IOException {
        Path file = Files.writeString(dir.resolve("schedule.json"), export(cli, 7, "schedule-json"));
        CliRun.Result r = cli.run("program", "import", "17", file.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("created\tperson").contains("0 new persons");
        assertThat(cli.run("program", "check", "17").code()).isZero();
        assertThat(export(cli, 17, "schedule-json").replace("etwinning17", "etwinning7")
                .replace("/conferences/17", "/conferences/7").replaceAll("\"guid\": \"[^\"]+\"", "")
                .replaceAll("\"version\": \"sha256-[^\"]+\"", ""))
                .isEqualTo(export(cli, 7, "schedule-json").replaceAll("\"guid\": \"[^\"]+\"", "")
                        .replaceAll("\"version\": \"sha256-[^\"]+\"", ""));
    }

    @Test
    void aScheduleJsonAsPretalxWritesItImportsAsANewEdition() throws Exception {
        String pretalx = resource("/schedules/pretalx-etwinning-2022.json");
        assertThat(jsonSchemaErrors(pretalx)).as("the fixture is a valid schedule.json").isEmpty();
        Path file = Files.writeString(dir.resolve("pretalx.json"), pretalx);

        CliRun.Result r = cli.run("program", "import", "8", file.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("created\tperson 'papadopoulou-maria'", "created\tperson 'nikolaou-giorgos'",
                "created\tperson 'konstantinou-eleni'", "created\tperson 'zafeiriou-eva'",
                "as edition 8 (new): 3 sessions, 4 contributions, 4 new persons");
        CliRun.Result list = cli.run("conference", "list");
        assertThat(list.out()).contains("8ο Πανελλήνιο Συνέδριο eTwinning");
        CliRun.Result show = cli.run("program", "show", "8");
        assertThat(show.out()).contains("Ψηφιακή ιστορία με μαθητές Δημοτικού", "Ρομποτική και STEAM", "10:00");
        assertThat(cli.run("search", "ΠΑΠΑΔΟΠΟΥΛΟΥ").out()).contains("papadopoulou-maria");
        assertThat(jsonSchemaErrors(export(cli, 8, "schedule-json"))).isEmpty();
    }

    @Test
    void aBrokenScheduleJsonIsRefusedWithLineColumnAndPathAndNothingIsWritten() throws IOException {
        String pretalx = resource("/schedules/pretalx-etwinning-2022.json");
        Path bad = Files.writeString(dir.resolve("bad.json"), pretalx.replaceFirst("\"start\": \"10:30\",\\s*"
                + "\"duration\": \"00:30\"", "\"start\": \"10:30\", \"duration\": \"μισή ώρα\""));
        CliRun.Result r = cli.run("program", "import", "8", bad.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("synedrio: bad.json:").contains("$.schedule.conference.days[0].rooms",
                "μισή ώρα", "HH:MM");
        assertThat(cli.run("conference", "list").out()).doesNotContain("8ο Πανελλήνιο");

        // cut right after a member's value (the title), inside the objects that hold it: the parser then names where
        // the innermost one opened
        int title = pretalx.indexOf("eTwinning\",");
        assertThat(title).as("the fixture's conference title").isPositive();
        Path truncated = Files.writeString(dir.resolve("cut.json"), pretalx.substring(0,
                title + "eTwinning\"".length()));
        CliRun.Result cut = cli.run("program", "import", "8", truncated.toString(), "--lang", "en");
        assertThat(cut.code()).isEqualTo(1);
        assertThat(cut.err()).contains("cut.json:", "not valid JSON", "opened at line ")
                .as("the parser's words, not its source notation").doesNotContain("Source:", "REDACTED");
    }

    @Test
    void aBrokenScheduleXmlIsRefusedWithItsLineAndTheEditionKeepsItsProgramme() throws IOException {
        String before = cli.run("program", "show", "7").out();
        String xml = export(cli, 7, "frab-xml");
        Path bad = Files.writeString(dir.resolve("schedule.xml"), xml.replaceFirst("<duration>10:00</duration>",
                "<duration>δέκα ώρες</duration>"));
        CliRun.Result r = cli.run("program", "import", "7", bad.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).matches("(?s)synedrio: schedule\\.xml:\\d+: <duration>: 'δέκα ώρες'.*");
        Path notXml = Files.writeString(dir.resolve("broken.xml"), "<schedule>\n  <conference>\n</schedule>\n");
        CliRun.Result malformed = cli.run("program", "import", "7", notXml.toString(), "--lang", "en");
        assertThat(malformed.err()).contains("broken.xml:3", "not well-formed");
        Path evil = Files.writeString(dir.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule "
                + "[<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<schedule>&x;</schedule>\n");
        assertThat(cli.run("program", "import", "7", evil.toString()).code()).isEqualTo(1);
        assertThat(cli.run("program", "show", "7").out()).isEqualTo(before);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFormatsThereAre() {
        CliRun.Result r = cli.run("program", "export", "7", "--format", "pdf");
        assertThat(r.code()).as("wrong usage, as the README says").isEqualTo(2);
        assertThat(r.err()).contains("'pdf'", "frab-xml, schedule-json, ical");
    }

    static Set<ValidationMessage> jsonSchemaErrors(String json) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(Files.readString(ScheduleSchemas.file("schema.json")), config);
        return schema.validate(new ObjectMapper().readTree(json));
    }

    static String resource(String name) {
        try (InputStream in = ScheduleEndToEndTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
