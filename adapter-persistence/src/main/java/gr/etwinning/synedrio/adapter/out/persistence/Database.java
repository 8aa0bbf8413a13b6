package gr.etwinning.synedrio.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort;
import gr.etwinning.synedrio.application.port.out.metrics.MetricsPort.RetryCause;
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
public final class Database implements TransactionPort, gr.etwinning.synedrio.application.port.out.common.DataVersionPort,
        AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final DSLContext root;
    private final Settings jooqSettings;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    /** What the running transaction's writes changed so far ({@link DataChanges} bits), raised at its commit. */
    private final ThreadLocal<int[]> changed = new ThreadLocal<>();
    private final org.jooq.ExecuteListenerProvider noticeChanges;
    /**
     * One permit per pooled connection, handed out first come, first served: a transaction waits for its turn here
     * rather than in the pool, whose hand-off favours the threads that used it last (and spins while they wait), so
     * that under a rush of bookings no request waits much longer than the others.
     */
    private final java.util.concurrent.Semaphore turns;
    private final long turnTimeoutMillis;
    /** Where retries and waits are counted; nothing until the server asks ({@link #reportTo}). */
    private volatile MetricsPort metrics = MetricsPort.NONE;
    /** The versions of the derived documents, on a connection of their own (opened at the first read). */
    private final VersionReader versions;

    public Database(DatabaseSettings settings, int maxPoolSize) {
        this(settings, maxPoolSize, TURN_TIMEOUT_MILLIS);
    }

    /** A database whose transactions wait at most that long for a connection (tests use a short wait). */
    Database(DatabaseSettings settings, int maxPoolSize, long turnTimeoutMillis) {
        this.settings = settings;
        this.versions = new VersionReader(settings);
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
        config.setExceptionOverrideClassName(BrokenConnections.class.getName());
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
        this.noticeChanges = new org.jooq.impl.DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
            @Override
            public void executeEnd(org.jooq.ExecuteContext ctx) {
                int scopes = DataChanges.of(ctx.sql(), ctx.batchSQL());
                if (scopes != 0) {
                    changed(scopes, ctx.connection());
                }
            }
        });
        this.root = DSL.using(new org.jooq.impl.DefaultConfiguration()
                .set(new CommittingConnections(this)).set(dialect(settings)).set(jooqSettings)
                .set(UNREACHABLE_AS_UNAVAILABLE, noticeChanges));
    }

    /**
     * Notes that a write changed what derived documents are made of (the {@link DataChanges} bits): the running
     * transaction raises the versions in {@code data_change} just before its commit (so the row is locked only
     * while it commits); a statement outside a transaction raises them at once, on its own connection, which
     * commits both together. Repositories that write over plain JDBC call it themselves.
     */
    void changed(int scopes, Connection connection) {
        int[] pending = changed.get();
        if (pending != null) {
            pending[0] |= scopes;
            return;
        }
        try {
            DataChanges.raise(connection, scopes);
        } catch (SQLException e) {
            throw new DataAccessException("cannot record a change: " + e.getMessage(), e);
        }
    }

    /** As {@link #changed(int, Connection)} for a table written over plain JDBC, inside the running transaction. */
    void changed(String table) {
        int scopes = DataChanges.ofTable(table);
        if (scopes != 0) {
            dsl().connection(c -> changed(scopes, c));
        }
    }

    /**
     * The versions of the derived documents' sources, read from the database at every call on a connection kept for
     * them alone ({@link VersionReader}: auto-commit, one prepared statement, one round trip), never from this
     * process's memory: a write by another instance on the same database is seen as soon as it is committed.
     */
    @Override
    public Versions read() {
        return versions.read();
    }

    /** The reader of the versions, for tests. */
    VersionReader versionReader() {
        return versions;
    }

    /**
     * A statement that fails because the connection to the database is gone (the server stopped, the network
     * broke) is reported as {@link DatabaseUnavailableException} — an answer of 503 — wherever it runs.
     */
    private static final org.jooq.ExecuteListenerProvider UNREACHABLE_AS_UNAVAILABLE =
            new org.jooq.impl.DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
                @Override
                public void exception(org.jooq.ExecuteContext ctx) {
                    SQLException sql = ctx.sqlException();
                    if (sql != null && Failures.isConnectionFailure(sql)) {
                        ctx.exception(new DatabaseUnavailableException("the database is unavailable: "
                                + rootMessage(sql) + "; nothing was written, try again", sql));
                    }
                }
            });

    /** Connections for work outside a transaction: each is committed when jOOQ gives it back, then returned. */
    private record CommittingConnections(Database database) implements ConnectionProvider {

        @Override
        public Connection acquire() {
            return database.connect();
        }

        @Override
        public void release(Connection connection) {
            try (connection) {
                if (connection.isClosed()) {
                    return; // the pool dropped it, broken: its statement failed and has been reported
                }
                connection.commit();
            } catch (SQLException e) {
                if (Failures.isConnectionFailure(e)) {
                    throw new DatabaseUnavailableException("the database is unavailable: " + rootMessage(e)
                            + "; nothing was written, try again", e);
                }
                throw new DataAccessException("cannot commit a statement: " + e.getMessage(), e);
            }
        }
    }

    /** How long one look into the pool lasts: how soon a database that refuses connections is noticed. */
    private static final long LOOK_MILLIS = 250;

    /**
     * A connection from the pool. The pool is asked in short looks: when the pool could not open a connection
     * because the database refuses or cannot be reached, the caller hears at once that it is unavailable; when the
     * database is only busy (every connection in use), it waits up to the turn timeout, then hears that.
     */
    Connection connect() {
        com.zaxxer.hikari.pool.HikariPool pool = (com.zaxxer.hikari.pool.HikariPool)
                dataSource.getHikariPoolMXBean();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(turnTimeoutMillis);
        while (true) {
            long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                return pool == null ? dataSource.getConnection() : pool.getConnection(Math.max(1,
                        Math.min(LOOK_MILLIS, left)));
            } catch (SQLException e) {
                // The pool names the reason it could not open a connection, if it tried and failed.
                Throwable refused = e.getCause();
                if (refused != null) {
                    throw new DatabaseUnavailableException("the database does not answer: " + rootMessage(refused)
                            + "; nothing was written, try again", e);
                }
                if (left <= LOOK_MILLIS || dataSource.isClosed()) {
                    throw new DatabaseUnavailableException("the database is busy: no connection was free for "
                            + turnTimeoutMillis + " ms; nothing was written, try again", e);
                }
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

    /** Counts retries by cause and waits for a connection there from now on (the server's metrics). */
    public void reportTo(MetricsPort metrics) {
        this.metrics = java.util.Objects.requireNonNull(metrics, "'metrics' must not be null");
    }

    /**
     * Runs the work in a transaction, and runs all of it again, from its first statement, when it failed for a
     * reason that running it again resolves:
     * <ul>
     *   <li>the database gave up on it because of a concurrent one — a deadlock, a serialization failure, a Galera
     *       certification failure at commit (all SQLSTATE 40001 / MariaDB 1213), H2's lock timeout — or a
     *       uniqueness race a repository signals with {@link RetryTransaction};</li>
     *   <li>its connection was lost before the commit was acknowledged: the server went down, and with a
     *       {@code jdbc:mariadb:sequential:} or {@code loadbalance:} URL the driver has already reconnected to
     *       another node (SQLSTATE 25S03) or the pool gives a new connection (08xxx).</li>
     * </ul>
     * The work has been rolled back whole each time (or, after a lost connection, may have been committed just
     * before the loss); every use case reads what is stored first, under its locks, so the run after a commit that
     * did reach the database finds its effect there and answers with it — a booking is never made twice. Up to
     * {@link #ATTEMPTS} runs in all, after a short random pause; only then does the caller hear of it, as a conflict
     * or as unavailable.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            awaitTurn();
            RetryCause cause;
            try {
                return transaction(work);
            } catch (RetryTransaction e) {
                if (attempt >= ATTEMPTS) {
                    throw new gr.etwinning.synedrio.application.ConflictException("transaction", "other changes "
                            + "kept running at the same time; nothing was written, try again");
                }
                cause = RetryCause.UNIQUENESS_RACE;
            } catch (org.jooq.exception.DataAccessException e) {
                cause = Failures.retryCause(e);
                if (attempt >= ATTEMPTS || cause == null) {
                    throw Failures.translate(e);
                }
            } finally {
                turns.release();
            }
            metrics.transactionRetried(cause);
            pause(attempt, cause);
        }
    }

    /**
     * Waits, first come first served, for one of the pool's connections to be free for a transaction; refuses as
     * unavailable after as long as the pool itself would wait, so that under a rush nobody waits unboundedly for
     * an answer their client has long given up on.
     */
    private void awaitTurn() {
        try {
            // Not tryAcquire(): it would take a free permit ahead of transactions already waiting for their turn.
            if (turns.tryAcquire(0, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                metrics.waitedForConnection(0);
                return;
            }
            long start = System.nanoTime();
            boolean got = turns.tryAcquire(turnTimeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            metrics.waitedForConnection(System.nanoTime() - start);
            if (!got) {
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
        Connection connection = connect();
        try (connection) {
            current.set(DSL.using(new org.jooq.impl.DefaultConfiguration()
                    .set(connection).set(root.dialect()).set(jooqSettings)
                    .set(UNREACHABLE_AS_UNAVAILABLE, noticeChanges)));
            int[] scopes = {0};
            changed.set(scopes);
            Failures.RETRYING.set(Boolean.TRUE);
            T result;
            try {
                result = work.get();
                if (scopes[0] != 0) {
                    DataChanges.raise(connection, scopes[0]);
                }
            } catch (SQLException e) {
                DataAccessException failure = new DataAccessException("cannot record a change: " + e.getMessage(),
                        e);
                rollback(connection, failure);
                throw failure;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                if (Failures.isConnectionFailure(e)) {
                    // The connection broke at the commit (a Galera node killed, the server gone): the retry loop runs
                    // the whole transaction again, on the node the driver failed over to; every use case reads what is
                    // stored first, so a commit that did land is found there and answered, never made twice.
                    throw new DataAccessException("the connection was lost at the commit: " + e.getMessage(), e);
                }
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
            changed.remove();
            Failures.RETRYING.remove();
        }
    }

    /**
     * Runs read-only work on one pooled connection without taking a turn: reads do not wait behind the writers
     * queued for theirs (they still wait, at most the turn timeout, for a connection when every one is in use).
     * The view is ended (rolled back) at the end, so the connection goes back to the pool with no old snapshot:
     * the next read on it sees every commit made by then, the caller's own included.
     */
    @Override
    public <T> T reading(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection connection = connect();
        try (connection) {
            current.set(DSL.using(new org.jooq.impl.DefaultConfiguration()
                    .set(connection).set(root.dialect()).set(jooqSettings)
                    .set(UNREACHABLE_AS_UNAVAILABLE, noticeChanges)));
            changed.set(new int[1]);
            try {
                return work.get();
            } catch (org.jooq.exception.DataAccessException e) {
                throw Failures.translate(e);
            } finally {
                int[] wrote = changed.get();
                rollback(connection, new IllegalStateException("rolling back a read"));
                if (wrote != null && wrote[0] != 0) {
                    throw new IllegalStateException("a read-only use case wrote; its writes were rolled back");
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot give a connection back to the pool: " + e.getMessage(), e);
        } finally {
            current.remove();
            changed.remove();
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * How many times a transaction runs at most when concurrent ones make the database give up on it, or its
     * connection is lost: with the pauses between them, about four seconds of trying before the caller hears of it.
     */
    static final int ATTEMPTS = 16;

    /**
     * A random pause before running again, growing with each attempt: a few milliseconds after a first conflict, so
     * that the two do not meet again at once, up to a quarter of a second when they keep meeting — on a Galera
     * cluster written through several nodes, every commit of a hot row (a workshop's seats) aborts the transactions
     * holding it on the other nodes, and backing off is what lets one of them through. Longer after a lost
     * connection, so that the cluster has noticed its lost node meanwhile.
     */
    private static void pause(int attempt, RetryCause cause) {
        long bound = cause == RetryCause.CONNECTION_LOST ? Math.min(100L * attempt, 1000) + 2
                : Math.min(4L << Math.min(attempt - 1, 6), 250) + 2;
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a transaction again", e);
        }
    }

    @Override
    public void close() {
        versions.close();
        dataSource.close();
    }

    private static final java.util.regex.Pattern UNKNOWN_DATABASE =
            java.util.regex.Pattern.compile("Unknown database '([^']*)'");

    /** Migrations applied when the database was opened, not yet reported by {@code db migrate}. */
    private final java.util.concurrent.atomic.AtomicInteger migratedAtOpen = new java.util.concurrent.atomic.AtomicInteger();

    /** Notes migrations applied when the database was opened, so that {@code db migrate} can report them. */
    void noteMigratedAtOpen(int migrations) {
        migratedAtOpen.addAndGet(migrations);
    }

    /** The migrations applied at opening that nobody has reported yet; reported once. */
    int takeMigratedAtOpen() {
        return migratedAtOpen.getAndSet(0);
    }

    private static final java.util.regex.Pattern ACCESS_DENIED =
            java.util.regex.Pattern.compile("Access denied for user '([^']*)'@'([^']*)'");

    /**
     * Why a database cannot be opened, naming the user Synedrio connected as. A server refusing a user it does not
     * know may name the account it matched instead (a stock MariaDB has anonymous {@code ''@'localhost'}), which
     * told an operator who typed {@code --db-user nobody} of a user they never gave.
     */
    static String cannotOpen(DatabaseSettings settings, String serverMessage) {
        java.util.regex.Matcher unknown = UNKNOWN_DATABASE.matcher(serverMessage);
        if (unknown.find()) {
            return "the database '" + unknown.group(1) + "' does not exist on the server of " + settings.redactedUrl()
                    + "; create it with 'synedrio db migrate --create' (utf8mb4, Greek order)";
        }
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
