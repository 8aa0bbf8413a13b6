package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code synedrio attendance} end to end on the 2021 conference: the platforms' files (the way the tools write
 * them, UTF-16 included), matching by e-mail and by name, staff, absent registrants, a name two registrations
 * share, a file of another day, a file cut short, importing the same file twice, and erasure.
 */
class AttendanceCliEndToEndTest {

    @TempDir
    Path dir;

    private CliRun cli;

    private static final String REGISTRATIONS = "Ονοματεπώνυμο;Email;Σχολείο;Ειδικότητα;Βαθμίδα;Συγκατάθεση\n"
            + "Μαρία Παπαδοπούλου;maria.papadopoulou@sch.gr;1ο Γυμνάσιο Καλαμάτας;ΠΕ02;Δευτεροβάθμια;Ναι\n"
            + "Κωνσταντίνος Κόππης;k.koppis@sch.gr;2ο ΓΕΛ Ρόδου;ΠΕ86;Δευτεροβάθμια;Ναι\n"
            + "Γιώργος Νικολάου;g.nikolaou@sch.gr;3ο Δημοτικό Σχολείο Κω;ΠΕ70;Πρωτοβάθμια;Ναι\n"
            + "ΓΙΩΡΓΟΣ ΝΙΚΟΛΑΟΥ;giorgos.nikolaou@gmail.com;ΕΠΑΛ Καρπάθου;ΠΕ84;Δευτεροβάθμια;Ναι\n"
            + "Κάτια Μάντα;katia.manta@sch.gr;Νηπιαγωγείο Λέρου;ΠΕ60;Πρωτοβάθμια;Ναι\n"
            + "Δημήτρης Σερπάνος;d.serpanos@sch.gr;1ο ΓΕΛ Πάτρας;ΠΕ03;Δευτεροβάθμια;Ναι\n";

    @BeforeEach
    void loadThe2021ConferenceAndItsRegistrations() throws IOException {
        cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();
        Path registrations = Files.writeString(dir.resolve("εγγραφές.csv"), REGISTRATIONS);
        CliRun.Result r = cli.run("registrations", "import", "7", registrations.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/attendance/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    private JsonNode show() throws IOException {
        CliRun.Result r = cli.run("attendance", "show", "7", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void aZoomReportIsMatchedByEmailAndByNameAndAmbiguousNamesAreListedNotGuessed() throws IOException {
        CliRun.Result r = cli.run("attendance", "import", "7", fixture("zoom-participants.csv").toString(),
                "--for", "d2-workshop-01");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "attendance of d2-workshop-01 (workshop, 2021-11-20) imported from zoom-participants.csv",
                "platform:           zoom",
                "rows read:          7",
                "persons:            5",
                "matched by e-mail:  1",
                "matched by name:    2",
                "unregistered:       2",
                "staff rows ignored: 1",
                "person-minutes:     314",
                "name shared by 2 registrations, not matched: Γιώργος Νικολάου");
        JsonNode w1 = show().path("sessions").path("d2-workshop-01");
        assertThat(w1.path("participants").asLong()).isEqualTo(5);
        assertThat(w1.path("registered").asLong()).isEqualTo(3);
        assertThat(w1.path("personMinutes").asLong()).isEqualTo(314);
    }

    @Test
    void theSameFileImportedAgainReplacesItsRowsAndCountsNothingTwice() throws IOException {
        Path file = fixture("zoom-participants.csv");
        assertThat(cli.run("attendance", "import", "7", file.toString(), "--for", "d2-workshop-01").code())
                .isZero();

        CliRun.Result again = cli.run("attendance", "import", "7", file.toString(), "--for", "d2-workshop-01");

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("the same file had been imported before and its rows were replaced");
        JsonNode all = show();
        assertThat(all.path("sessions").path("d2-workshop-01").path("participants").asLong()).isEqualTo(5);
        assertThat(all.path("uniqueParticipants").asLong()).isEqualTo(5);
    }

    @Test
    void aFileCutShortIsRefusedNamingItsLineAndNothingIsWritten() throws IOException {
        CliRun.Result r = cli.run("attendance", "import", "7", fixture("zoom-participants-truncated.csv").toString(),
                "--for", "d2-workshop-01");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("synedrio: line 3: ");
        assertThat(show().path("sessions").size()).isZero();
    }

    @Test
    void aReportOfAnotherDayThanTheSessionsIsRefused() throws IOException {
        CliRun.Result r = cli.run("attendance", "import", "7", fixture("zoom-participants.csv").toString(),
                "--for", "d3-workshop-01");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not on the session's day 2021-11-21");
        assertThat(show().path("uniqueParticipants").asLong()).isZero();
    }

    @Test
    void anUnknownSessionIsRefused() throws IOException {
        CliRun.Result r = cli.run("attendance", "import", "7", fixture("zoom-participants.csv").toString(),
                "--for", "d2-workshop-99");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no session or contribution 'd2-workshop-99'");
    }

    @Test
    void everyPlatformsFileCountsOnceAcrossWorkshopsAndDays() throws IOException {
        assertThat(cli.run("attendance", "import", "7", fixture("zoom-participants.csv").toString(),
                "--for", "d2-workshop-01").code()).isZero();
        CliRun.Result teams = cli.run("attendance", "import", "7", fixture("teams-report-el-utf16le.csv").toString(),
                "--for", "d2-workshop-02");
        assertThat(teams.code()).as(teams.err()).isZero();
        assertThat(teams.out()).contains("platform:           teams", "persons:            2",
                "matched by name:    1", "matched by e-mail:  1", "staff rows ignored: 1");
        CliRun.Result bbb = cli.run("attendance", "import", "7",
                fixture("LearningDashboard_d2-workshop-03_2021-11-20.csv").toString(), "--for", "d2-workshop-03");
        assertThat(bbb.code()).as(bbb.err()).isZero();
        assertThat(bbb.out()).contains("platform:           bbb", "staff rows ignored: 1");
        CliRun.Result webinar = cli.run("attendance", "import", "7", fixture("zoom-webinar.csv").toString(),
                "--for", "d1-keynote-leivadaou");
        assertThat(webinar.code()).as(webinar.err()).isZero();
        assertThat(webinar.out()).contains("platform:           zoom-webinar", "staff rows ignored: 2",
                "registered, absent: 1", "persons:            3");

        JsonNode all = show();

        assertThat(all.path("edition").asInt()).isEqualTo(7);
        // Maria is in all four meetings, once; workshops 01–03 hold 5 + 1 (Serpanos) + 1 (ΝΙΚΟΣ ΑΛΕΞΙΟΥ) persons
        assertThat(all.path("uniqueByKind").path("workshop").asLong()).isEqualTo(7);
        assertThat(all.path("uniqueByKind").path("keynote").asLong()).isEqualTo(3);
        assertThat(all.path("uniqueByDay").path("2021-11-20").asLong()).isEqualTo(7);
        assertThat(all.path("uniqueByDay").path("2021-11-19").asLong()).isEqualTo(3);
        // + the webinar: Maria again, kkoppis@sch.gr (not the address Κόππης registered) and Ελένη Γεωργίου
        assertThat(all.path("uniqueParticipants").asLong()).isEqualTo(9);

        CliRun.Result table = cli.run("attendance", "show", "7");
        assertThat(table.out()).contains("d2-workshop-01", "unique participants: 9 (from 4 attendance files)",
                "unique in workshop: 7");
    }

    @Test
    void erasingARegistrationKeepsEveryCount() throws IOException {
        assertThat(cli.run("attendance", "import", "7", fixture("zoom-participants.csv").toString(),
                "--for", "d2-workshop-01").code()).isZero();
        JsonNode before = show();

        CliRun.Result erased = cli.run("registrations", "erase", "maria.papadopoulou@sch.gr", "--edition", "7");

        assertThat(erased.code()).as(erased.err()).isZero();
        assertThat(show()).isEqualTo(before);
    }

    @Test
    void aManifestImportsEveryPlatformsFileInOneRunAndCountsAsTheFilesOneByOne() throws IOException {
        fixture("zoom-participants.csv");
        fixture("teams-report-el-utf16le.csv");
        fixture("LearningDashboard_d2-workshop-03_2021-11-20.csv");
        fixture("zoom-webinar.csv");
        Path list = Files.writeString(dir.resolve("λίστα.csv"), "\uFEFFfile,for,platform\n"
                + "# the four meetings of 19 and 20 November\n"
                + "zoom-participants.csv,d2-workshop-01,\n"
                + "\"teams-report-el-utf16le.csv\",d2-workshop-02,teams\n"
                + "\n"
                + "LearningDashboard_d2-workshop-03_2021-11-20.csv,d2-workshop-03,auto\n"
                + dir.resolve("zoom-webinar.csv") + ",d1-keynote-leivadaou,zoom-webinar\n");

        CliRun.Result r = cli.run("attendance", "import", "7", "--manifest", list.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(5);
        assertThat(r.out()).contains("d2-workshop-01", "d2-workshop-02", "d2-workshop-03", "d1-keynote-leivadaou",
                "imported 4 files: ");
        JsonNode all = show();
        assertThat(all.path("uniqueParticipants").asLong()).as("as the four files imported one by one").isEqualTo(9);
        assertThat(all.path("uniqueByKind").path("workshop").asLong()).isEqualTo(7);

        CliRun.Result again = cli.run("attendance", "import", "7", "--manifest", list.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains(" replaced ");
        assertThat(show()).as("the same list again replaces, counts nothing twice").isEqualTo(all);
    }

    @Test
    void aManifestWithWrongLinesNamesEveryOneAndImportsNothing() throws IOException {
        fixture("zoom-participants.csv");
        Path list = Files.writeString(dir.resolve("list.tsv"), "file\tfor\ttimezone\n"
                + "zoom-participants.csv\td2-workshop-01\tEurope/Athens\n"
                + "missing.csv\td2-workshop-02\t\n"
                + "zoom-participants.csv\t\t\n"
                + "zoom-participants.csv\td2-workshop-03\tAthens/Kalamata\n");

        CliRun.Result r = cli.run("attendance", "import", "7", "--manifest", list.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was imported; 3 lines are wrong", "line 3: no readable file",
                "line 4: no session or contribution (for)", "line 5: unknown time zone 'Athens/Kalamata'");
        assertThat(show().path("sessions").size()).isZero();
    }

    @Test
    void aManifestNamingASessionTheProgrammeDoesNotHaveImportsNothingAndNamesItsLine() throws IOException {
        fixture("zoom-participants.csv");
        fixture("zoom-webinar.csv");
        Path list = Files.writeString(dir.resolve("list.csv"), "file,for,platform,\n"
                + "zoom-participants.csv,d2-workshop-01,,\n"
                + "zoom-webinar.csv,d1-keynote-leivadau,Zoom_Webinar,\n");

        CliRun.Result r = cli.run("attendance", "import", "7", "--manifest", list.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was imported; 1 line is wrong",
                "line 3: edition 7 has no session or contribution 'd1-keynote-leivadau'");
        assertThat(show().path("sessions").size()).isZero();
    }

    @Test
    void aManifestStopsAtTheFirstFileThatFailsKeepingTheFilesBeforeItAndNamingIt() throws IOException {
        fixture("zoom-participants.csv");
        fixture("zoom-participants-truncated.csv");
        fixture("zoom-webinar.csv");
        Path list = Files.writeString(dir.resolve("list.csv"), "for,file\n"
                + "d2-workshop-01,zoom-participants.csv\n"
                + "d2-workshop-02,zoom-participants-truncated.csv\n"
                + "d1-keynote-leivadaou,zoom-webinar.csv\n");

        CliRun.Result r = cli.run("attendance", "import", "7", "--manifest", list.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("d2-workshop-01").doesNotContain("d1-keynote-leivadaou");
        assertThat(r.err()).contains("zoom-participants-truncated.csv (for d2-workshop-02, line 3 of list.csv, "
                + "file 2 of 3): line 3: ", "the 1 files before it were imported");
        JsonNode sessions = show().path("sessions");
        assertThat(sessions.size()).isEqualTo(1);
        assertThat(sessions.has("d2-workshop-01")).isTrue();
    }

    @Test
    void aFileAndAManifestTogetherOrNeitherIsAUsageError() throws IOException {
        Path file = fixture("zoom-participants.csv");
        Path list = Files.writeString(dir.resolve("list.csv"), "file,for\nzoom-participants.csv,d2-workshop-01\n");

        assertThat(cli.run("attendance", "import", "7", file.toString(), "--manifest", list.toString()).code())
                .isEqualTo(2);
        assertThat(cli.run("attendance", "import", "7", file.toString()).err()).contains("missing --for ID");
        assertThat(cli.run("attendance", "import", "7").code()).isEqualTo(2);
    }
}
