package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code synedrio} command end to end, as a script sees it: exit code, stdout, stderr. */
class CliEndToEndTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String h2() {
        return "jdbc:h2:file:" + dir.resolve("db/synedrio").toAbsolutePath();
    }

    private Run onH2(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = h2();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    /** The seed with one change; {@code pattern} is a regular expression that must match in it. */
    private String brokenSeed(String pattern, String replacement) {
        String json = Seed.json();
        String changed = json.replaceFirst(pattern, replacement);
        assertThat(changed).as("the pattern must match the seed").isNotEqualTo(json);
        return changed;
    }

    @Test
    void importingTheSeedTwiceCreatesOnceThenChangesNothing() {
        Path seed = Seed.file(dir);
        Run first = onH2("import", seed.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("created\tedition 7", "created\tfigures of edition 7",
                "16 created, 0 updated, 0 unchanged");

        Run again = onH2("import", seed.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo("imported etwinning-2021.json: 0 created, 0 updated, 16 unchanged\n");

        Run list = onH2("conference", "list");
        assertThat(list.out()).contains("7ο Πανελλήνιο Συνέδριο eTwinning").containsOnlyOnce("διαδικτυακά")
                .contains("9 συνεδρίες", "87 παρουσιάσεις").doesNotContain("online");
        assertThat(onH2("conference", "list", "--lang", "en").out()).contains("EDITION", "online", "9 sessions",
                "87 contributions").doesNotContain("διαδικτυακά");
        assertThat(list.out().lines().filter(l -> l.startsWith("7 "))).hasSize(1);
    }

    @Test
    void programShowPrintsThe2021ProgrammeDayByDayInTimeOrder() {
        onH2("import", Seed.file(dir).toString());
        Run show = onH2("program", "show", "7");
        assertThat(show.code()).as(show.err()).isZero();
        String out = show.out();
        assertThat(out).contains("9 συνεδρίες · 87 παρουσιάσεις", "Παρασκευή 19/11/2021", "Σάββατο 20/11/2021",
                "Κυριακή 21/11/2021", "κ. Αλέξανδρος Κόππης", "31 ομιλίες, τίτλοι άγνωστοι",
                "25 ομιλίες, τίτλοι άγνωστοι", "16 βιωματικά εργαστήρια, τίτλοι άγνωστοι",
                "Συντονισμός: κ. Μιχαήλ Παρασκευάς", "ώρα άγνωστη", "Κήρυξη έναρξης: τίτλος άγνωστος",
                "[Παράλληλη συνεδρία, Πρωτοβάθμια Εκπαίδευση]",
                "Ομιλία για τις τρέχουσες δράσεις αλλά και τις σχεδιαζόμενες του eTwinning");
        assertThat(out.indexOf("Έναρξη εργασιών")).isLessThan(out.indexOf("Χαιρετισμοί"));
        assertThat(out.indexOf("Τελετή Βράβευσης")).isLessThan(out.indexOf("Συνεδρία Πρωτοβάθμιας Εκπαίδευσης"));
        assertThat(out.indexOf("Συνεδρία ολομέλειας")).isLessThan(out.indexOf("Η Ευρωπαϊκή και η Εθνική στρατηγική"));
        assertThat(out).doesNotContain("Exception");
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefusedNamingItAndNothingIsWritten() {
        onH2("import", Seed.file(dir).toString());
        String before = onH2("program", "show", "7").out();
        Path broken = Seed.write(dir.resolve("broken.json"), brokenSeed(
                "\"start\": \"09:00\",\\s*\"end\": \"19:00\",(\\s*\"room\": \"Συνεδρία Δευτεροβάθμιας)",
                "\"start\": \"19:00\", \"end\": \"09:00\",$1")
                .replace("\"theme\": \"Αξιοποίηση", "\"theme\": \"ΑΛΛΑΓΜΕΝΟ Αξιοποίηση"));

        Run r = onH2("import", broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("synedrio: ").contains("session 'd2-secondary'", "19:00", "09:00"));
        assertThat(onH2("program", "show", "7").out()).isEqualTo(before);
    }

    @Test
    void aChairWhoIsNeitherNssMemberNorAmbassadorIsRefusedNamingTheSession() {
        Path broken = Seed.write(dir.resolve("broken.json"), brokenSeed(
                "(\"chairs\": \\[\\s*\\{\\s*\"person\": )\"paraskevas-michail\"", "$1\"tzimopoulos-nikos\""));
        Run r = onH2("import", broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("session 'd3-round-table'", "Νίκος Τζιμόπουλος", "NSS members");
        assertThat(onH2("conference", "list").out()).contains("δεν υπάρχει ακόμη κανένα συνέδριο");
    }

    @Test
    void malformedFilesAreRefusedWithFileLineAndField() {
        Path bad = Seed.write(dir.resolve("bad.json"), "{\n  \"format\": \"synedrio-dataset/1\",\n  \"persons\": [\n}");
        Run r = onH2("import", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("synedrio: ").contains("bad.json:4:");

        Path typo = Seed.write(dir.resolve("typo.json"), "{\"format\": \"synedrio-dataset/1\", \"person\": []}");
        assertThat(onH2("import", typo.toString()).err()).contains("unknown field 'person'");

        Run missing = onH2("import", dir.resolve("nowhere.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");

        Path latin1 = dir.resolve("latin1.json");
        Seed.write(latin1, "");
        try {
            java.nio.file.Files.write(latin1, new byte[] {'{', '"', (byte) 0xE1, '"', '}'});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(onH2("import", latin1.toString()).err()).contains("not UTF-8");
    }

    @Test
    void unknownEditionsAreRefusedAndWrongUsageExitsWith2() {
        Run unknown = onH2("program", "show", "99");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("synedrio: there is no edition 99\n");

        assertThat(onH2("nonsense").code()).isEqualTo(2);
        assertThat(onH2("program", "show").code()).isEqualTo(2);
        Run notNumber = onH2("program", "show", "seven");
        assertThat(notNumber.code()).isEqualTo(2);
        assertThat(notNumber.err()).contains("seven");
    }

    @Test
    void tokensArePrintedOnceAndListedWithoutTheirSecret() {
        Run created = onH2("token", "create", "ops-maria");
        assertThat(created.code()).isZero();
        String secret = created.out().strip();
        assertThat(secret).startsWith("syn_").hasSizeGreaterThan(40);
        assertThat(onH2("token", "create", "ops-maria").code()).isEqualTo(1);
        Run list = onH2("token", "list");
        assertThat(list.out()).contains("ops-maria", "write").doesNotContain(secret);
        assertThat(onH2("token", "revoke", "ops-maria").code()).isZero();
        assertThat(onH2("token", "revoke", "ops-maria").code()).isEqualTo(1);
    }

    @Test
    void dbMigrateReportsTheSchemaVersion() {
        Run r = onH2("db", "migrate");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("H2", "schema version " + gr.etwinning.synedrio.adapter.out.persistence.FlywaySchema.LATEST_VERSION);
    }

    @Test
    void theSameImportIntoMariaDbPrintsTheIdenticalProgramme() {
        Path seed = Seed.file(dir);
        onH2("import", seed.toString());
        String onH2 = onH2("program", "show", "7").out();

        DatabaseSettings maria = TestDatabases.mariaDb();
        try {
            String[] db = {"--db", maria.url(), "--db-user", maria.user(), "--db-password", maria.password()};
            Run imported = run(concat(db, "import", seed.toString()));
            assertThat(imported.code()).as(imported.err()).isZero();
            Run shown = run(concat(db, "program", "show", "7"));
            assertThat(shown.code()).as(shown.err()).isZero();
            assertThat(shown.out()).isEqualTo(onH2);
            assertThat(run(concat(db, "import", seed.toString())).out()).contains("16 unchanged");
        } finally {
            TestDatabases.dropMariaDb(maria);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
