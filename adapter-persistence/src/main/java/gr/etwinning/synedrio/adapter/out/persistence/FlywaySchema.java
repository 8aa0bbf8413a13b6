package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;

import gr.etwinning.synedrio.application.port.out.database.SchemaPort;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema, kept by Flyway from the SQL files under {@code db/migration}. On MariaDB, {@link MariaDbCollation}
 * keeps every table utf8mb4 with one Unicode collation, whatever the server's defaults.
 *
 * <p>{@link #ensureCurrent()} runs on every start. Starting Flyway costs a few hundred milliseconds, which a
 * command-line call should not pay when there is nothing to do, so it first asks the history table for the last
 * applied version and starts Flyway only when that is not {@link #LATEST_VERSION}.
 */
public final class FlywaySchema implements SchemaPort {

    /** The version of the newest migration (a file in {@code db/migration} or a Java one); a test keeps them in step. */
    public static final String LATEST_VERSION = "23.2";

    private final Database database;

    @Inject
    public FlywaySchema(Database database) {
        this.database = database;
    }

    @Override
    public Result migrate() {
        Flyway flyway = flyway();
        try {
            if (!database.settings().isH2()) {
                MariaDbCollation.prepare(database);
            }
            MigrateResult result = flyway.migrate();
            if (!database.settings().isH2()) {
                MariaDbCollation.convert(database);
                ensureProcedures();
            }
            SearchKeys.backfill(database);
            String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion()
                    .getVersion();
            return new Result(productName(), version, result.migrationsExecuted + database.takeMigratedAtOpen());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot make the tables of " + database.settings().redactedUrl()
                    + " utf8mb4: " + e.getMessage(), e);
        } catch (FlywayException e) {
            if (Database.rootMessage(e).contains("Access denied for user")) {
                // connected (a stock server lets an unknown user in as its anonymous account) but may not use it
                throw new DatabaseUnavailableException(Database.cannotOpen(database.settings(),
                        Database.rootMessage(e)), e);
            }
            throw new DatabaseUnavailableException("cannot bring the schema of " + database.settings().redactedUrl()
                    + " up to date: " + Database.rootMessage(e), e);
        }
    }

    /** Migrates up to that version only (tests of a migration: the rows it finds are put there first). */
    void migrateTo(String version) {
        Flyway.configure(getClass().getClassLoader()).configuration(flyway().getConfiguration())
                .target(version).load().migrate();
    }

    /**
     * Migrates only if the database is not at {@link #LATEST_VERSION} already; at it, on MariaDB, still makes sure
     * the booking procedure is there and fits the tables ({@link V20__TakeSeatProcedure#ensure}).
     */
    public void ensureCurrent() {
        if (!LATEST_VERSION.equals(appliedVersion())) {
            database.noteMigratedAtOpen(migrate().migrationsApplied());
        } else if (!database.settings().isH2()) {
            ensureProcedures();
        }
    }

    private void ensureProcedures() {
        try (Connection c = database.dataSource().getConnection()) {
            V20__TakeSeatProcedure.ensure(c);
            c.commit();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot make the booking procedure take_seat in "
                    + database.settings().redactedUrl() + " (the database user needs CREATE ROUTINE): "
                    + e.getMessage(), e);
        }
    }

    /** The last successfully applied version, or {@code null} when there is no history table yet. */
    String appliedVersion() {
        try (Connection c = database.dataSource().getConnection()) {
            // Ask the catalogue first: querying a missing table would make H2 log an error to a trace file.
            try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select " + q("version") + " from " + q("flyway_schema_history")
                         + " where " + q("success") + " = true and " + q("version") + " is not null order by "
                         + q("installed_rank") + " desc")) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private String q(String name) {
        return database.settings().isH2() ? "\"" + name + "\"" : "`" + name + "`";
    }

    private Flyway flyway() {
        var configuration = Flyway.configure(getClass().getClassLoader())
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .javaMigrations(new V15_1__AttendancePersonNumbers(), new V19__RegistrationIndexesAppended(),
                        new V20__TakeSeatProcedure(), new V23_1__AttendancePersonPages())
                // what H2 and MariaDB spell differently (V6, V7): a UTC date and time beyond 2038, changing a column's type
                .placeholders(java.util.Map.of(
                        "utc_datetime", database.settings().isH2() ? "timestamp(6)" : "datetime(6)",
                        "alter_column", database.settings().isH2() ? "alter column" : "modify column"))
                .loggers("slf4j");
        return configuration.load();
    }

    private String productName() {
        try (Connection c = database.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return database.dialect().getName();
        }
    }
}
