package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.UnavailableException;
import gr.etwinning.synedrio.application.port.out.common.DataVersionPort.Versions;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The versions of the read cache are read on a connection kept for them (issue 16): each read still sees every
 * write committed before it began — by any connection, as by another instance — and never one that is not
 * committed; a kept connection that broke is replaced at the next read, and a database that is down is unavailable.
 */
class VersionReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void eachReadSeesWhatAnotherConnectionCommittedBeforeItAndNothingUncommitted(String which) throws Exception {
        DatabaseSettings settings = which.equals("h2") ? TestDatabases.h2() : TestDatabases.mariaDb();
        try (Database database = new Database(settings, 2)) {
            new FlywaySchema(database).ensureCurrent();
            Versions first = database.read();
            assertThat(database.read()).isEqualTo(first);
            try (Connection other = DriverManager.getConnection(settings.effectiveUrl(), settings.user(),
                    settings.password()); Statement s = other.createStatement()) {
                other.setAutoCommit(false);
                s.executeUpdate("update data_change set stamp = stamp + 1 where scope_name = 'programme'");
                assertThat(database.read()).as("a write not yet committed").isEqualTo(first);
                other.commit();
                Versions second = database.read();
                assertThat(second.programme()).isEqualTo(first.programme() + 1);
                assertThat(second.everything()).isEqualTo(first.everything());

                // once more, with the kept connection's statement used several times in between
                s.executeUpdate("update data_change set stamp = stamp + 5 where scope_name = 'everything'");
                other.commit();
                assertThat(database.read().everything()).isEqualTo(first.everything() + 5);
            }
            assertThat(database.versionReader().opened()).as("one connection for every read").isEqualTo(1);
        } finally {
            if (which.equals("mariadb")) {
                TestDatabases.dropMariaDb(settings);
            }
        }
    }

    @Test
    void aKeptConnectionThatBrokeIsReplacedAndADatabaseThatIsDownIsUnavailable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Server server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:versions-"
                + port + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Database database = new Database(settings, 2)) {
            new FlywaySchema(database).ensureCurrent();
            Versions before = database.read();

            // The server goes away and comes back between two reads: the second read is answered, on a new connection.
            server.stop();
            server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
            assertThat(database.read()).isEqualTo(before);
            assertThat(database.versionReader().opened()).isEqualTo(2);

            // Down: unavailable (503), not an internal error; back: read again without a restart.
            server.stop();
            assertThatThrownBy(database::read).isInstanceOf(UnavailableException.class);
            server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
            assertThat(database.read()).isEqualTo(before);
        } finally {
            server.stop();
        }
    }
}
