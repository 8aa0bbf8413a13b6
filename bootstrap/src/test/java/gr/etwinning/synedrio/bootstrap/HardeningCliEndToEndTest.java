package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19 (hardening), the defects an operator found through the command line, each end to end. */
class HardeningCliEndToEndTest {

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void loadThe2021Dataset() {
        cli = new CliRun(dir);
        CliRun.Result imported = cli.run("import", Seed.file(dir).toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static final String HEADER = "Ονοματεπώνυμο;Email;Σχολείο;Βαθμίδα;Συγκατάθεση;Χρονική σήμανση\n";

    @Test
    void item2AConsentTimeThatBeginsWithOneIsReadAsWrittenNeverReplacedByTheImportTime() throws IOException {
        Path f = csv("consent.csv", HEADER
                + "Μαρία Κόππη;maria.koppi@sch.gr;1ο Γυμνάσιο Χανίων;Δευτεροβάθμια;Ναι;1/1/2020 10:00:00\n"
                + "Γιώργος Ζαχαρίου;g.zachariou@sch.gr;2ο Δημοτικό Βόλου;Πρωτοβάθμια;1/12/2020 10:00;\n");
        CliRun.Result r = cli.run("registrations", "import", "7", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String export = cli.run("registrations", "export", "7").out();
        assertThat(export).contains("2020-01-01 10:00:00", "2020-12-01 10:00:00");
    }

    @Test
    void item2AnImpossibleConsentTimeRefusesItsRowNamingLineAndColumn() throws IOException {
        Path f = csv("bad-time.csv", HEADER
                + "Μαρία Κόππη;maria.koppi@sch.gr;1ο Γυμνάσιο Χανίων;Δευτεροβάθμια;Ναι;31/2/2020 10:00\n");
        CliRun.Result r = cli.run("registrations", "import", "7", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad-time.csv line 2: column 6 (Χρονική σήμανση συγκατάθεσης)")
                .doesNotContain("Exception");
        assertThat(cli.run("registrations", "export", "7").out().lines()).hasSize(1);
    }

    @Test
    void item3AConsentTimeFarInTheFutureOrPastIsRefusedNamingTheFieldNotASqlError() throws IOException {
        Path f = csv("future.csv", HEADER
                + "Μαρία Κόππη;maria.koppi@sch.gr;1ο Γυμνάσιο Χανίων;Δευτεροβάθμια;Ναι;25/10/2999\n"
                + "Νίκος Ρίζος;n.rizos@sch.gr;3ο Λύκειο Πάτρας;Δευτεροβάθμια;Ναι;1/1/1960 08:00\n");
        CliRun.Result r = cli.run("registrations", "import", "7", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.contains(" line "))).hasSize(2)
                .allMatch(l -> l.contains("consentAt must lie between 2000-01-01 and one day from now"));
        assertThat(r.err()).doesNotContainIgnoringCase("sql").doesNotContain("2999");
    }

    @Test
    void item4ReImportingTheDatasetKeepsTheAmbassadorsAddedSince() {
        CliRun.Result added = cli.run("ambassadors", "add", "paraskevas-michail", "--since", "2010");
        assertThat(added.code()).as(added.err()).isZero();
        String before = cli.run("ambassadors", "list").out();
        assertThat(before).contains("paraskevas-michail");

        CliRun.Result again = cli.run("import", Seed.file(dir).toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 created, 0 updated");

        assertThat(cli.run("ambassadors", "list").out()).isEqualTo(before);
    }

    @Test
    void item5ATestRegistrationLeavesTheRecordedFigureStandingUntilTheOperatorChoosesTheCount() throws IOException {
        String recorded = "οι εγγραφές των εκπαιδευτικών ξεπέρασαν τις **7.000**";
        assertThat(cli.run("report", "7").out()).contains(recorded);

        Path f = csv("one.csv", HEADER
                + "Μαρία Κόππη;maria.koppi@sch.gr;1ο Γυμνάσιο Χανίων;Δευτεροβάθμια;Ναι;\n");
        assertThat(cli.run("registrations", "import", "7", f.toString()).code()).isZero();
        String report = cli.run("report", "7").out();
        assertThat(report).contains(recorded).doesNotContain("ήταν **1**");
        assertThat(report).contains("| registrations | πάνω από 7.000 | καταγράφηκε |")
                .contains("| 1 (καταμετρήθηκε από μία εγγραφή στο Synedrio) |");

        CliRun.Result use = cli.run("figures", "use", "7", "registrations", "counted");
        assertThat(use.code()).as(use.err()).isZero();
        assertThat(use.out()).contains("recorded: πάνω από 7.000", "counted:  1", "used now: counted");
        assertThat(cli.run("report", "7").out()).contains("οι εγγραφές των εκπαιδευτικών ήταν **1**");

        assertThat(cli.run("figures", "use", "7", "registrations", "recorded").code()).isZero();
        assertThat(cli.run("registrations", "erase", "maria.koppi@sch.gr").code()).isZero();
        assertThat(cli.run("report", "7").out()).contains(recorded);

        CliRun.Result wrong = cli.run("figures", "use", "7", "registrations", "both");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err().lines()).hasSize(1);
    }

    @Test
    void item8AFileOverTheLimitIsRefusedInOneLineBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: 100 MiB on paper, nothing on disk
        }
        for (String[] command : List.of(new String[] {"import", big.toString()},
                new String[] {"awards", "import", big.toString(), "--contest", "15"},
                new String[] {"program", "import", "7", big.toString()})) {
            CliRun.Result r = cli.run(command);
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err().lines()).as(String.join(" ", command)).containsExactly("synedrio: " + big
                    + " is 100.0 MiB; Synedrio imports files of at most 16.0 MiB (split it and import the parts)");
        }
    }

    /**
     * The registrations import streams (issue 16: a national edition's million rows are some 150 MiB), so it has no
     * size limit; the same 100 MiB of nothing is still refused in one line, by the CSV reader's field limit, without
     * running out of its 256 MiB.
     */
    @Test
    void item8AHugeFileForTheStreamingRegistrationsImportIsRefusedByWhatItHolds() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        CliRun.Result r = cli.run("registrations", "import", "7", big.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("synedrio: big.csv: line 1: a field longer than");
    }

    @Test
    void item12ImportingTheEditionsOwnScheduleKeepsItsChairsNotesAndOrder() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(cli.run("program", "show", "7", "--json").out());
        Path schedule = dir.resolve("schedule.json");
        CliRun.Result exported = cli.run("program", "export", "7", "--format", "schedule-json", "--output",
                schedule.toString());
        assertThat(exported.code()).as(exported.err()).isZero();

        CliRun.Result imported = cli.run("program", "import", "7", schedule.toString(), "--mode", "online");
        assertThat(imported.code()).as(imported.err()).isZero();

        JsonNode after = json.readTree(cli.run("program", "show", "7", "--json").out());
        assertThat(ids(after)).isEqualTo(ids(before));
        assertThat(field(after, "chairs")).isEqualTo(field(before, "chairs")).anyMatch(c -> !c.equals("[]"));
        assertThat(field(after, "notes")).isEqualTo(field(before, "notes")).anyMatch(n -> !n.equals("null"));
    }

    private static List<String> ids(JsonNode programme) {
        return field(programme, "id");
    }

    private static List<String> field(JsonNode programme, String name) {
        List<String> values = new ArrayList<>();
        programme.get("sessions").forEach(s -> values.add(String.valueOf(s.get(name))));
        return values;
    }

    @Test
    void item14ARefusedLoginNamesTheUserThatWasUsed() {
        DatabaseSettings maria = TestDatabases.mariaDb();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), new String[] {"--db", maria.url(),
                    "--db-user", "nobody", "--db-password", "secret", "conference", "list"});
            assertThat(code).isEqualTo(3);
            assertThat(err.toString().lines()).singleElement().asString()
                    .startsWith("synedrio: ").contains("as user 'nobody': access denied").doesNotContain("secret");
        } finally {
            TestDatabases.dropMariaDb(maria);
        }
    }
}
