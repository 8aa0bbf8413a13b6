package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.UnavailableException;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort.RetryCause;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which failures make {@link Database} run a transaction again, with the exceptions MariaDB Connector/J 3.5 really
 * throws (seen against a Galera node killed mid-transaction), and how each retry is counted.
 */
class DatabaseRetriesTest {

    private Database database;
    private final List<RetryCause> retries = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger waits = new AtomicInteger();

    @BeforeEach
    void open() {
        database = new Database(TestDatabases.h2(), 2);
        database.reportTo(new MetricsPort() {
            @Override
            public void bookingMade(boolean confirmed) {
            }

            @Override
            public void registrationMade() {
            }

            @Override
            public void transactionRetried(RetryCause cause) {
                retries.add(cause);
            }

            @Override
            public void waitedForConnection(long nanos) {
                waits.incrementAndGet();
            }

            @Override
            public void refusedUnavailable() {
            }
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static DataAccessException failed(SQLException cause) {
        return new DataAccessException("SQL [update workshop_seat …]; " + cause.getMessage(), cause);
    }

    /** Work that fails with the given exceptions on its first runs, then answers "stored". */
    private String runFailing(SQLException... failures) {
        AtomicInteger run = new AtomicInteger();
        return database.inTransaction(() -> {
            int i = run.getAndIncrement();
            if (i < failures.length) {
                throw failed(failures[i]);
            }
            return "stored after " + (i + 1) + " runs";
        });
    }

    @Test
    void givenTheDriverFailedOverMidTransactionWhenRunningThenTheWholeTransactionRunsAgainOnTheNewConnection() {
        String answer = runFailing(new SQLTransientConnectionException("(conn=7) Driver has reconnect connection "
                + "after a communications link failure with 127.0.0.1:14306. In progress transaction was lost", "25S03"));

        assertThat(answer).isEqualTo("stored after 2 runs");
        assertThat(retries).containsExactly(RetryCause.CONNECTION_LOST);
        assertThat(waits.get()).isEqualTo(2);
    }

    @Test
    void givenASocketErrorOrACertificationFailureWhenRunningThenEachRunsAgainCountedByCause() {
        String answer = runFailing(new SQLNonTransientConnectionException("(conn=14) Socket error", "08000", -1),
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting "
                        + "transaction", "40001", 1213));

        assertThat(answer).isEqualTo("stored after 3 runs");
        assertThat(retries).containsExactly(RetryCause.CONNECTION_LOST, RetryCause.CONFLICT);
    }

    @Test
    void givenARepositoryThatTranslatesItsFailureWhenADeadlockOrALostConnectionHitsThenTheTransactionStillRunsAgain() {
        // as the repositories do: catch jOOQ's exception, throw Failures.translate(e) — inside a transaction a
        // conflict or a lost connection stays the retry loop's, not a 409 or 503 at the first try
        SQLException[] failures = {new SQLTransactionRollbackException("Deadlock found when trying to get lock",
                "40001", 1213), new SQLTransientConnectionException("Driver has reconnect connection", "25S03")};
        AtomicInteger run = new AtomicInteger();
        String answer = database.inTransaction(() -> {
            int i = run.getAndIncrement();
            if (i < failures.length) {
                try {
                    throw failed(failures[i]);
                } catch (DataAccessException e) {
                    throw Failures.translate(e);
                }
            }
            return "stored after " + (i + 1) + " runs";
        });
        assertThat(answer).isEqualTo("stored after 3 runs");
        assertThat(retries).containsExactly(RetryCause.CONFLICT, RetryCause.CONNECTION_LOST);
        // outside a transaction the same failures are answered at once, as what they mean
        assertThat(Failures.translate(failed(failures[0]))).isInstanceOf(ConflictException.class);
        assertThat(Failures.translate(failed(failures[1]))).isInstanceOf(UnavailableException.class);
    }

    @Test
    void givenConflictsThatNeverEndWhenRunningThenTheCallerHearsAConflictAfterTheLastAttempt() {
        SQLException[] always = new SQLException[Database.ATTEMPTS];
        java.util.Arrays.fill(always, new SQLTransactionRollbackException("Deadlock", "40001", 1213));

        assertThatThrownBy(() -> runFailing(always)).isInstanceOf(ConflictException.class);
        assertThat(retries).hasSize(Database.ATTEMPTS - 1).containsOnly(RetryCause.CONFLICT);
    }

    @Test
    void givenAConnectionThatStaysLostWhenRunningThenTheCallerHearsUnavailableNotAnInternalError() {
        SQLException[] always = new SQLException[Database.ATTEMPTS];
        java.util.Arrays.fill(always, new SQLNonTransientConnectionException("Socket error", "08000", -1));

        assertThatThrownBy(() -> runFailing(always)).isInstanceOf(UnavailableException.class);
    }

    @Test
    void givenAnErrorThatRunningAgainCannotMendWhenRunningThenItRunsOnce() {
        assertThatThrownBy(() -> runFailing(new SQLException("Data too long for column 'full_name'", "22001", 1406)))
                .isInstanceOf(DataAccessException.class);
        assertThat(retries).isEmpty();
    }

    @Test
    void aPoolThatGivesNoConnectionIsNotALostConnection() {
        DataAccessException noConnection = new DataAccessException(Failures.NO_CONNECTION + ": timed out",
                new SQLTransientConnectionException("synedrio - Connection is not available", "08001"));

        assertThat(Failures.retryCause(noConnection)).isNull();
        assertThat(Failures.translate(noConnection)).isInstanceOf(UnavailableException.class);
    }
}
