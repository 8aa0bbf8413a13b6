package gr.etwinning.synedrio.application.port.in.database;

/** Brings the database schema up to this build's version. */
public interface MigrateDatabaseUseCase {

    MigrationReport migrateDatabase();

    record MigrationReport(String database, String schemaVersion, int migrationsApplied) {
    }
}
