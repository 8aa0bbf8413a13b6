package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.out.common.DataVersionPort.Versions;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Reads the {@code data_change} versions for the read cache on a connection of its own, outside the pool: in
 * auto-commit mode, with its statement prepared once (on MariaDB prepared by the server: each read is one
 * {@code COM_STMT_EXECUTE} and its answer — one round trip), where a pooled read cost a checkout, the query, a
 * rollback and the return. Every read is a statement of its own, so it sees every transaction committed before it
 * began: on MariaDB an auto-committed {@code SELECT} opens its InnoDB read view when it starts and closes it when it
 * ends (even under REPEATABLE READ no view outlives the statement); on H2 each statement of an auto-committing
 * session reads the latest committed state.
 *
 * <p>The connection is opened at the first read and opened again when it broke (the server restarted, a
 * {@code wait_timeout}): a read that fails on a connection that had been used before is tried once more on a new
 * one, so the first request after a database restart is not answered 503; a database that is down or frozen is
 * reported as unavailable, as for any statement. One read at a time ({@code DataVersionService} shares each among
 * the requests that arrive together).
 */
final class VersionReader implements AutoCloseable {

    static final String SQL = "select scope_name, stamp from data_change";
    /** How long opening the connection may take on MariaDB before the database is reported unavailable. */
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final DatabaseSettings settings;
    private Connection connection;
    private PreparedStatement statement;
    private boolean closed;
    /** Connections opened so far (a test sees a broken one replaced). */
    private int opened;

    VersionReader(DatabaseSettings settings) {
        this.settings = settings;
    }

    synchronized Versions read() {
        if (closed) {
            throw new DatabaseUnavailableException("the database is closed; nothing was written, try again",
                    null);
        }
        boolean reused = statement != null;
        try {
            return query();
        } catch (SQLException first) {
            drop();
            if (!reused || !Failures.isConnectionFailure(first)) {
                throw failure(first);
            }
            try {
                return query(); // the kept connection broke since its last read: once more on a new one
            } catch (SQLException second) {
                drop();
                throw failure(second);
            }
        }
    }

    private Versions query() throws SQLException {
        if (statement == null) {
            open();
        }
        long programme = 0;
        long everything = 0;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String scope = rs.getString(1);
                if ("programme".equals(scope)) {
                    programme = rs.getLong(2);
                } else if ("everything".equals(scope)) {
                    everything = rs.getLong(2);
                }
            }
        }
        return new Versions(programme, everything);
    }

    /** Opens the connection; a database that cannot be opened is unavailable, whatever the reason it gives. */
    private void open() {
        Properties p = new Properties();
        if (settings.user() != null) {
            p.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            p.setProperty("password", settings.password());
        }
        if (!settings.isH2()) {
            p.setProperty("useServerPrepStmts", "true");
            p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection(settings.effectiveUrl(), p);
            c.setAutoCommit(true);
            statement = c.prepareStatement(SQL);
            connection = c;
            opened++;
        } catch (SQLException e) {
            if (c != null) {
                closeQuietly(c);
            }
            throw new DatabaseUnavailableException("the database does not answer: " + Database.rootMessage(e)
                    + "; nothing was written, try again", e);
        }
    }

    private void drop() {
        Connection c = connection;
        connection = null;
        statement = null;
        if (c != null) {
            closeQuietly(c);
        }
    }

    synchronized int opened() {
        return opened;
    }

    /** The kept connection, for a test that breaks it. */
    synchronized Connection connection() {
        return connection;
    }

    private RuntimeException failure(SQLException e) {
        if (Failures.isConnectionFailure(e)) {
            return new DatabaseUnavailableException("the database is unavailable: " + Database.rootMessage(e)
                    + "; nothing was written, try again", e);
        }
        return new DataAccessException("cannot read the data's versions: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // a broken connection may refuse to close politely; it is dropped either way
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        drop();
    }
}
