package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.ConflictException;
import org.jooq.exception.DataAccessException;

import java.sql.SQLException;

/** Turns what the database refuses into what a use case can explain. */
final class Failures {

    private Failures() {
    }

    /** Set while this thread runs the work of {@link Database#inTransaction}, which runs it again on a conflict. */
    static final ThreadLocal<Boolean> RETRYING = new ThreadLocal<>();

    /**
     * Whether the database refused the transaction only because of a concurrent one, so that running it again can
     * succeed: a deadlock or serialization failure (SQLSTATE 40001, 40P01; MariaDB error 1213) or H2's lock
     * timeout (HYT00, error 50200).
     */
    static boolean isRetryable(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql == null) {
            return false;
        }
        for (SQLException s = sql; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state) || s.getErrorCode() == 1213
                    || "HYT00".equals(state) || s.getErrorCode() == 50200) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why running the transaction again can succeed, or null if it cannot: a conflict with a concurrent transaction
     * ({@link #isRetryable}), or a connection lost before the commit was acknowledged ({@link #isConnectionLost}).
     */
    static gr.etwinning.synedrio.application.port.out.metrics.MetricsPort.RetryCause retryCause(DataAccessException e) {
        if (isRetryable(e)) {
            return gr.etwinning.synedrio.application.port.out.metrics.MetricsPort.RetryCause.CONFLICT;
        }
        if (isConnectionLost(e)) {
            return gr.etwinning.synedrio.application.port.out.metrics.MetricsPort.RetryCause.CONNECTION_LOST;
        }
        return null;
    }

    /**
     * Whether the transaction's connection broke under it. What MariaDB Connector/J 3.5 really throws (checked
     * against a Galera node killed with {@code kill -9}): with a {@code sequential:} or {@code loadbalance:} URL,
     * {@link java.sql.SQLTransientConnectionException} with SQLSTATE 25S03 ("Driver has reconnect connection after
     * a communications link failure … In progress transaction was lost"), the connection now open to another node;
     * with a single host, {@link java.sql.SQLNonTransientConnectionException} with SQLSTATE 08000 ("Socket
     * error"). SQLSTATE class 08 is every connection exception; {@link java.sql.SQLRecoverableException} is the
     * JDBC name for "reconnect and run again". A failure to get a connection from the pool is not one of these:
     * the pool has waited already, and the caller hears at once that the database is unavailable.
     */
    static boolean isConnectionLost(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql == null || e.getMessage() != null && e.getMessage().startsWith(NO_CONNECTION)) {
            return false;
        }
        for (SQLException s = sql; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (s instanceof java.sql.SQLRecoverableException || s instanceof java.sql.SQLNonTransientConnectionException
                    || "25S03".equals(state) || (state != null && state.startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /** How {@link Database} begins the message of a failure to get a connection from the pool. */
    static final String NO_CONNECTION = "cannot get a connection from the pool";

    /** Whether the database refused a write because it would duplicate a unique key. */
    static boolean isUniqueViolation(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        return sql != null && sql.getSQLState() != null && (sql.getSQLState().equals("23505")
                || (sql.getSQLState().equals("23000") && sql.getErrorCode() == 1062));
    }

    /**
     * Whether the database could not be reached or the connection to it broke (SQLSTATE class 08, the JDBC
     * connection exceptions, H2's "connection broken" and "database is closed"), as opposed to a refused statement.
     */
    static boolean isConnectionFailure(SQLException sql) {
        for (Throwable t = sql; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException || t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException s && ((s.getSQLState() != null && s.getSQLState().startsWith("08"))
                    || s.getErrorCode() == 90067 || s.getErrorCode() == 90098 || s.getErrorCode() == 90121)) {
                return true;
            }
        }
        return false;
    }

    static RuntimeException translate(DataAccessException e) {
        if (Boolean.TRUE.equals(RETRYING.get()) && retryCause(e) != null) {
            // Inside Database.inTransaction: a conflict or a lost connection is for its loop to run again (and to
            // translate once it gives up), not an answer yet — a repository that translated it here made a
            // deadlock between two imports a 409 at the first try.
            return e;
        }
        SQLException sql = e.getCause(SQLException.class);
        String state = sql == null ? null : sql.getSQLState();
        if (sql != null && (isConnectionFailure(sql) || "25S03".equals(state))) {
            return new DatabaseUnavailableException("the database is unavailable: " + Database.rootMessage(e), e);
        }
        if (state != null && state.startsWith("40")) {
            return new ConflictException("transaction", "another change ran at the same time (" + state
                    + "); nothing was written, try again");
        }
        if (state != null && state.startsWith("23")) {
            return new ConflictException("constraint", "the database refused the change because it would break a"
                    + " stored reference or uniqueness: " + Database.rootMessage(e));
        }
        return e;
    }
}
