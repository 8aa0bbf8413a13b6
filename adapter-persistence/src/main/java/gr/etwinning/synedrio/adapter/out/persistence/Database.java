package gr.etwinning.synedrio.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import gr.etwinning.synedrio.application.port.out.TransactionPort;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * One database: a pooled connection, the jOOQ dialect that its URL calls for, and transactions that the
 * repositories join. The repositories call {@link #dsl()}, which is the running transaction's context when there is
 * one, so a use case's writes commit or roll back together.
 *
 * <p>The pool's connections stay out of auto-commit mode, so a transaction costs no statements of its own but its
 * COMMIT (switching auto-commit off and on again were two more round trips for every booking's seven). Outside a
 * transaction every statement commits by itself, as it would in auto-commit mode.
 */
public final class Database implements TransactionPort, AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final DSLContext root;
    private final Settings jooqSettings;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    /**
     * One permit per pooled connection, handed out first come, first served: a transaction waits for its turn here
     * rather than in the pool, whose hand-off favours the threads that used it last (and spins while they wait), so
     * that under a rush of bookings no request waits much longer than the others.
     */
    private final java.util.concurrent.Semaphore turns;
    private final long turnTimeoutMillis;

    public Database(DatabaseSettings settings, int maxPoolSize) {
        this(settings, maxPoolSize, TURN_TIMEOUT_MILLIS);
    }

    /** A database whose transactions wait at most that long for a connection (tests use a short wait). */
    Database(DatabaseSettings settings, int maxPoolSize, long turnTimeoutMillis) {
        this.settings = settings;
        this.turnTimeoutMillis = turnTimeoutMillis;
        this.turns = new java.util.concurrent.Semaphore(maxPoolSize, true);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.effectiveUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(1); // a one-shot command needs one connection; the pool grows under load
        config.setPoolName("synedrio");
        config.setAutoCommit(false);
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(Math.max(250, turnTimeoutMillis));
        if (!settings.isH2()) {
            config.addDataSourceProperty("useServerPrepStmts", "false");
            config.addDataSourceProperty("rewriteBatchedStatements", "true");
        }
        try {
            this.dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(cannotOpen(settings, rootMessage(e)), e);
        }
        this.jooqSettings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
                .withExecuteLogging(false).withRenderSchema(false);
        this.root = DSL.using(new CommittingConnections(dataSource), dialect(settings), jooqSettings);
    }

    /** Connections for work outside a transaction: each is committed when jOOQ gives it back, then returned. */
    private record CommittingConnections(javax.sql.DataSource dataSource) implements ConnectionProvider {

        @Override
        public Connection acquire() {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw new DataAccessException("cannot get a connection from the pool: " + e.getMessage(), e);
            }
        }

        @Override
        public void release(Connection connection) {
            try (connection) {
                connection.commit();
            } catch (SQLException e) {
                throw new DataAccessException("cannot commit a statement: " + e.getMessage(), e);
            }
        }
    }

    static SQLDialect dialect(DatabaseSettings settings) {
        return settings.isH2() ? SQLDialect.H2 : SQLDialect.MARIADB;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public SQLDialect dialect() {
        return root.dialect();
    }

    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** The context of the running transaction, or of the pool when none runs. */
    public DSLContext dsl() {
        DSLContext tx = current.get();
        return tx != null ? tx : root;
    }

    /**
     * Runs the work in a transaction. When the database gives up on it because of a concurrent one — a deadlock,
     * a serialization failure, H2's lock timeout, or a uniqueness race a repository signals with
     * {@link RetryTransaction} — the work has been rolled back whole and runs again, up to {@link #ATTEMPTS} times
     * in all, after a short random pause. Only then does the caller hear of it, as a conflict.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            awaitTurn();
            try {
                return transaction(work);
            } catch (RetryTransaction e) {
                if (attempt >= ATTEMPTS) {
                    throw new gr.etwinning.synedrio.application.ConflictException("transaction", "other changes "
                            + "kept running at the same time; nothing was written, try again");
                }
            } catch (org.jooq.exception.DataAccessException e) {
                if (attempt >= ATTEMPTS || !Failures.isRetryable(e)) {
                    throw Failures.translate(e);
                }
            } finally {
                turns.release();
            }
            pause(attempt);
        }
    }

    /**
     * Waits, first come first served, for one of the pool's connections to be free for a transaction; refuses as
     * unavailable after as long as the pool itself would wait, so that under a rush nobody waits unboundedly for
     * an answer their client has long given up on.
     */
    private void awaitTurn() {
        try {
            if (!turns.tryAcquire(turnTimeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new DatabaseUnavailableException("the database is busy: no connection was free for "
                        + turnTimeoutMillis + " ms; nothing was written, try again", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("interrupted while waiting for a database connection; nothing "
                    + "was written", e);
        }
    }

    /** How long a transaction waits for a connection, in its turn or from the pool. */
    static final long TURN_TIMEOUT_MILLIS = 10_000;

    /** Runs the work once on one connection: committed if it returns, rolled back if it throws. */
    private <T> T transaction(Supplier<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("cannot get a connection from the pool: " + e.getMessage(), e);
        }
        try (connection) {
            current.set(DSL.using(connection, root.dialect(), jooqSettings));
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                DataAccessException failure = new DataAccessException("the database refused to commit: "
                        + e.getMessage(), e);
                rollback(connection, failure);
                throw failure;
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("cannot give a connection back to the pool: " + e.getMessage(), e);
        } finally {
            current.remove();
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** How many times a transaction runs at most when concurrent ones make the database give up on it. */
    static final int ATTEMPTS = 8;

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 4L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a transaction again", e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static final java.util.regex.Pattern ACCESS_DENIED =
            java.util.regex.Pattern.compile("Access denied for user '([^']*)'@'([^']*)'");

    /**
     * Why a database cannot be opened, naming the user Synedrio connected as. A server refusing a user it does not
     * know may name the account it matched instead (a stock MariaDB has anonymous {@code ''@'localhost'}), which
     * told an operator who typed {@code --db-user nobody} of a user they never gave.
     */
    static String cannotOpen(DatabaseSettings settings, String serverMessage) {
        String as = "cannot open the database " + settings.redactedUrl() + " as user '" + settings.user() + "': ";
        java.util.regex.Matcher denied = ACCESS_DENIED.matcher(serverMessage);
        if (denied.find()) {
            String account = "'" + denied.group(1) + "'@'" + denied.group(2) + "'";
            return as + "access denied (wrong user or password, or no right to this database"
                    + (denied.group(1).equals(settings.user()) ? "; the server's account is " + account
                    : "; the server knows no such user and matched the account " + account) + ")";
        }
        return as + serverMessage;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
