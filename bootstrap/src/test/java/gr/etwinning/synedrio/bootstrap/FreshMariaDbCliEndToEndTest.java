package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh MariaDB as an operator meets it: a database that does not exist yet is one clear line, {@code db migrate
 * --create} creates it (utf8mb4, Greek-friendly collation) and reports the migrations it applied, and the server's
 * per-table notes that Flyway logs as warnings do not reach the operator.
 */
class FreshMariaDbCliEndToEndTest {

    private record Run(int code, String out, String err, String log) {
    }

    private static Run run(DatabaseSettings db, String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "--db";
        all[1] = db.url();
        all[2] = "--db-user";
        all[3] = db.user();
        all[4] = "--db-password";
        all[5] = db.password();
        System.arraycopy(args, 0, all, 6, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
            return new Run(code, out.toString(), err.toString(), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(systemErr);
        }
    }

    /**
     * The tests log at WARN for every logger; the jar ships {@code simplelogger.properties}, which must set every
     * logger that warned on a fresh database to errors only (those warnings ask nothing of an operator).
     */
    private static void assertQuietedByTheShippedLogConfiguration(String log) throws java.io.IOException {
        java.util.Properties shipped = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(System.getenv()
                .getOrDefault("SYNEDRIO_TEST_ROOT", "..")).resolve("bootstrap/src/main/resources/simplelogger.properties"))) {
            shipped.load(in);
        }
        java.util.regex.Matcher warned = java.util.regex.Pattern.compile("WARN (\\S+) - ").matcher(log);
        int count = 0;
        while (warned.find()) {
            String logger = warned.group(1);
            assertThat(shipped.getProperty("org.slf4j.simpleLogger.log." + logger))
                    .as("the shipped level of %s, which warned: %s", logger, log).isEqualTo("error");
            count++;
        }
        assertThat(count).as("a fresh database makes Flyway and the driver warn (this test would see nothing else)")
                .isPositive();
    }

    @Test
    void aMissingDatabaseIsOneClearLineAndDbMigrateCreateMakesItAndSaysWhatItApplied() throws Exception {
        DatabaseSettings db = TestDatabases.mariaDb();
        TestDatabases.dropMariaDb(db);
        String name = db.url().replaceAll("^jdbc:mariadb://[^/]+/([^?;]+).*$", "$1");
        try {
            Run missing = run(db, "conference", "list");
            assertThat(missing.code()).isEqualTo(3);
            assertThat(missing.err().lines()).singleElement().asString()
                    .startsWith("synedrio: ").contains("the database '" + name + "' does not exist",
                            "synedrio db migrate --create");

            Run created = run(db, "db", "migrate", "--create");
            assertThat(created.code()).as(created.err()).isZero();
            assertThat(created.out()).contains("created the database '" + name + "' (utf8mb4, utf8mb4_")
                    .containsPattern("schema version [\\d.]+ \\([1-9]\\d* migrations applied now\\)");
            assertQuietedByTheShippedLogConfiguration(created.log());
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select default_character_set_name, default_collation_name"
                         + " from information_schema.schemata where schema_name = '" + name + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("utf8mb4");
                assertThat(rs.getString(2)).isIn("utf8mb4_uca1400_ai_ci", "utf8mb4_unicode_520_ci");
            }

            Run again = run(db, "db", "migrate", "--create");
            assertThat(again.code()).isZero();
            assertThat(again.out()).doesNotContain("created").contains("(0 migrations applied now)");
        } finally {
            TestDatabases.dropMariaDb(db);
        }
    }
}
