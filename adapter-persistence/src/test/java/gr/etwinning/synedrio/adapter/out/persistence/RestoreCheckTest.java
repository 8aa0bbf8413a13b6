package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/restore-check.sh}, run once against a real MariaDB holding Synedrio's schema and Greek data: a dump
 * restores with every table's rows, and a dump older than the data is caught. Never skipped: it needs the
 * {@code mariadb} and {@code mariadb-dump} clients and fails saying so.
 */
class RestoreCheckTest {

    private DatabaseSettings settings;
    private String host;
    private String port;
    private String name;

    @BeforeEach
    void database() throws Exception {
        settings = TestDatabases.mariaDb();
        try (Database database = new Database(settings, 2)) {
            new FlywaySchema(database).migrate();
        }
        Matcher m = Pattern.compile("^jdbc:mariadb://([^:/]+)(?::(\\d+))?/([^?;]+).*$").matcher(settings.url());
        assertThat(m.matches()).as(settings.url()).isTrue();
        host = m.group(1);
        port = m.group(2) == null ? "3306" : m.group(2);
        name = m.group(3);
        sql("insert into conference (edition, title, start_date, end_date, mode, time_zone, version) values (7, "
                + "'7ο Πανελλήνιο Συνέδριο eTwinning', '2021-11-19', '2021-11-21', 'ONLINE', 'Europe/Athens', 1)");
        sql("insert into registration (edition, code, full_name, email, email_key, consent_at, registered_at, "
                + "updated_at) values (7, 'k1', 'Ελένη Κόππη', 'eleni@sch.gr', 'eleni@sch.gr', now(), now(), now())");
    }

    @AfterEach
    void drop() {
        TestDatabases.dropMariaDb(settings);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    record Run(int exit, String output) {
    }

    private Run restoreCheck(String... extra) throws Exception {
        String root = System.getenv().getOrDefault("SYNEDRIO_TEST_ROOT", "..");
        List<String> command = new ArrayList<>(List.of("bash", Path.of(root, "scripts", "restore-check.sh").toString(),
                "--host", host, "--port", port, "--user", settings.user()));
        command.addAll(List.of(extra));
        command.add(name);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MARIADB_PASSWORD", settings.password());
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("restore-check finished").isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void givenADatabaseWithGreekRegistrationsWhenItsDumpIsRestoredIntoAFreshDatabaseThenEveryTableMatches(
            @TempDir Path dir) throws Exception {
        Run fresh = restoreCheck();
        assertThat(fresh.exit()).as(fresh.output()).isZero();
        assertThat(fresh.output()).containsPattern("registration +1 +1 +same").containsPattern("conference +1 +1 +same")
                .containsPattern("routine take_seat +present +present").contains("restore-check: OK");

        // A dump taken before the last registration restores without it: the check says so.
        Path dump = dir.resolve("old.sql");
        ProcessBuilder dumping = new ProcessBuilder("mariadb-dump", "--no-defaults", "--protocol=tcp", "-h", host, "-P",
                port, "-u", settings.user(), "--single-transaction", name).redirectOutput(dump.toFile());
        dumping.environment().put("MYSQL_PWD", settings.password());
        Process p = dumping.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("mariadb-dump").isTrue();
        sql("insert into registration (edition, code, full_name, email, email_key, consent_at, registered_at, "
                + "updated_at) values (7, 'k2', 'ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ', 'g@sch.gr', 'g@sch.gr', now(), now(), now())");
        Run stale = restoreCheck("--dump", dump.toString());
        assertThat(stale.exit()).as(stale.output()).isEqualTo(1);
        assertThat(stale.output()).containsPattern("registration +2 +1 +DIFFERENT");
        assertThat(stale.output()).as("a dump made without --routines")
                .containsPattern("routine take_seat +present +missing").contains("make the dump with --routines");
        assertThat(Files.size(dump)).isPositive();
    }
}
