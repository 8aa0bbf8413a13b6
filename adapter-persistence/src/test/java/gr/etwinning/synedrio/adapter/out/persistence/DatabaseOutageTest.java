package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.UnavailableException;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database server that stops: every statement, in a transaction or not, is refused as unavailable (503 over HTTP,
 * exit 3 on the command line) — never an internal error — and at once, not after the 10 s a transaction waits for
 * its turn when the database is only busy; once the server is back, the same pool serves again without a restart.
 */
class DatabaseOutageTest {

    private Server server;
    private Database database;

    @AfterEach
    void stop() {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Server startServer(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
    }

    private static long millisOf(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void aStoppedServerIsUnavailableAtOnceAndTheSamePoolRecoversWhenItIsBack() throws Exception {
        int port = freePort();
        server = startServer(port);
        database = new Database(new DatabaseSettings("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:outage;"
                + "DB_CLOSE_DELAY=-1", "sa", ""), 4);
        assertThat(database.dsl().selectOne().fetchOne(0, Integer.class)).isEqualTo(1);
        assertThat(database.inTransaction(() -> database.dsl().selectOne().fetchOne(0, Integer.class))).isEqualTo(1);

        server.stop();

        for (int i = 0; i < 3; i++) {
            long outside = millisOf(() -> assertThatThrownBy(() -> database.dsl().selectOne().fetch())
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("try again"));
            long inside = millisOf(() -> assertThatThrownBy(() -> database.inTransaction(
                    () -> database.dsl().selectOne().fetch()))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("try again"));
            // The turn timeout is 10 s; a database that refuses connections is reported well before it.
            assertThat(outside).as("outside a transaction, attempt " + i).isLessThan(5_000);
            assertThat(inside).as("in a transaction, attempt " + i).isLessThan(5_000);
        }

        server = startServer(port);
        assertThat(database.dsl().selectOne().fetchOne(0, Integer.class)).isEqualTo(1);
        assertThat(database.inTransaction(() -> database.dsl().selectOne().fetchOne(0, Integer.class))).isEqualTo(1);
    }
}
