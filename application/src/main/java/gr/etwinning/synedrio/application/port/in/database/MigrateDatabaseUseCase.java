package gr.etwinning.synedrio.application.port.in.database;

/** Brings the database schema up to this build's version. */
public interface MigrateDatabaseUseCase {

    MigrationReport migrateDatabase();

    /** Creates the database first when {@code create} is set and the server lacks it, then migrates. */
    default MigrationReport migrateDatabase(boolean create) {
        return migrateDatabase();
    }

    /**
     * @param migrationsApplied the migrations this run applied, counting those applied when the database was opened
     * @param created           what was created before migrating ("created the database …"), or {@code null}
     */
    record MigrationReport(String database, String schemaVersion, int migrationsApplied, String created) {

        public MigrationReport(String database, String schemaVersion, int migrationsApplied) {
            this(database, schemaVersion, migrationsApplied, null);
        }
    }
}
