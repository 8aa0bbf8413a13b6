package gr.etwinning.synedrio.application.service.database;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.database.MigrateDatabaseUseCase;
import gr.etwinning.synedrio.application.port.out.database.SchemaPort;

import java.util.Objects;

/** Brings the schema up to date. */
@Singleton
public final class DatabaseService implements MigrateDatabaseUseCase {

    private final SchemaPort schema;

    @Inject
    public DatabaseService(SchemaPort schema) {
        this.schema = Objects.requireNonNull(schema, "'schema' must not be null");
    }

    @Override
    public MigrationReport migrateDatabase() {
        SchemaPort.Result r = schema.migrate();
        return new MigrationReport(r.database(), r.schemaVersion(), r.migrationsApplied());
    }
}
