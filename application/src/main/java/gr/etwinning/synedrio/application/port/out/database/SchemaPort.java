package gr.etwinning.synedrio.application.port.out.database;

/** The database schema's state and migrations. */
public interface SchemaPort {

    /** Applies pending migrations; returns the database product, the resulting schema version and how many ran. */
    Result migrate();

    record Result(String database, String schemaVersion, int migrationsApplied) {
    }
}
