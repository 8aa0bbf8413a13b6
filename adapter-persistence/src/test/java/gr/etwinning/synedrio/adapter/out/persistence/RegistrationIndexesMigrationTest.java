package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19 (the registration's address indexed once, address first): a run interrupted half-way — the edition's index
 * made and the old unique key dropped, the new one not yet made — completes when the migration runs again, and
 * leaves exactly the indexes a run in one go leaves (H2 and MariaDB).
 */
class RegistrationIndexesMigrationTest {

    @Test
    void onH2() throws Exception {
        completesAfterAnInterruptedRun(TestDatabases.h2(), true);
    }

    @Test
    void onMariaDb() throws Exception {
        DatabaseSettings settings = TestDatabases.mariaDb();
        try {
            completesAfterAnInterruptedRun(settings, false);
        } finally {
            TestDatabases.dropMariaDb(settings);
        }
    }

    private static void completesAfterAnInterruptedRun(DatabaseSettings settings, boolean h2) throws Exception {
        try (Database database = new Database(settings, 2)) {
            FlywaySchema schema = new FlywaySchema(database);
            schema.migrateTo("17");
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                // what the first statements of an earlier, four-statement V19 had done before it was cut off
                s.execute("create index ix_registration_edition on registration (edition)");
                s.execute("alter table registration drop constraint uq_registration_email");
                c.commit();
            }
            schema.migrate();
            assertThat(schema.appliedVersion()).isEqualTo(FlywaySchema.LATEST_VERSION);
            try (Connection c = database.dataSource().getConnection()) {
                assertThat(indexes(c)).containsEntry("ix_registration_edition", "edition")
                        .containsEntry("uq_registration_email", "unique email_key,edition")
                        .doesNotContainKey("ix_registration_email_key");
                try (Statement s = c.createStatement()) {
                    s.execute("insert into conference (edition, title, start_date, end_date, mode, time_zone, version)"
                            + " values (7, '7ο Πανελλήνιο Συνέδριο eTwinning', date '2021-11-19', date '2021-11-21',"
                            + " 'ONLINE', 'Europe/Athens', 1)");
                    String row = "insert into registration (edition, code, full_name, email, email_key, consent_at,"
                            + " registered_at, updated_at) values (7, '%s', 'Ελένη Κωστοπούλου', 'eleni@sch.gr',"
                            + " 'eleni@sch.gr', current_timestamp, current_timestamp, current_timestamp)";
                    s.execute(row.formatted("c1"));
                    try {
                        s.execute(row.formatted("c2"));
                        throw new AssertionError("a second registration of one address in one edition was stored");
                    } catch (java.sql.SQLException expected) {
                        assertThat(expected.getSQLState()).startsWith("23");
                    }
                }
                c.rollback();
            }
        }
    }

    /** The registration table's indexes other than the primary key: name → "[unique ]columns in order". */
    private static Map<String, String> indexes(Connection c) throws Exception {
        Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        String table = null;
        String schema = null;
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase("registration")) {
                    table = rs.getString("TABLE_NAME");
                    schema = rs.getString("TABLE_SCHEM");
                }
            }
        }
        assertThat(table).as("the registration table").isNotNull();
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || name.toLowerCase(Locale.ROOT).startsWith("primary")) {
                    continue;
                }
                // H2 names a constraint's index after it, with a suffix: uq_registration_email_index_a
                name = name.toLowerCase(Locale.ROOT).replaceFirst("_index_[a-z0-9]+$", "");
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, String> out = new TreeMap<>();
        columns.forEach((name, cols) -> out.put(name, (unique.get(name) ? "unique " : "")
                + String.join(",", cols.values())));
        return out;
    }
}
