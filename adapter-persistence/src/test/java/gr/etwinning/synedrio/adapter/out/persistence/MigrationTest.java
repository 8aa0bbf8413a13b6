package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A migration's test, run on H2 and on MariaDB: {@link #migrates} gets a fresh database of each kind, puts the rows
 * the migration will find there at the version before it, migrates and checks what it made of them.
 */
abstract class MigrationTest {

    @Test
    void onH2() throws Exception {
        migrates(TestDatabases.h2());
    }

    @Test
    void onMariaDb() throws Exception {
        DatabaseSettings settings = TestDatabases.mariaDb();
        try {
            migrates(settings);
        } finally {
            TestDatabases.dropMariaDb(settings);
        }
    }

    abstract void migrates(DatabaseSettings settings) throws Exception;

    /** Stores edition 7, as every version of the schema keeps it. */
    static void edition7(Statement s) throws SQLException {
        s.execute("insert into conference (edition, title, start_date, end_date, mode, time_zone, version)"
                + " values (7, '7ο Πανελλήνιο Συνέδριο eTwinning', date '2021-11-19', date '2021-11-21', "
                + "'ONLINE', 'Europe/Athens', 1)");
    }
}
