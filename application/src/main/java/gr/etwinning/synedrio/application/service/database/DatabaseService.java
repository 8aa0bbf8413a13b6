package gr.etwinning.synedrio.application.service.database;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.in.database.MigrateDatabaseUseCase;
import gr.etwinning.synedrio.application.port.out.database.DatabaseServerPort;
import gr.etwinning.synedrio.application.port.out.database.SchemaPort;

import java.util.Objects;

/**
 * Brings the schema up to date, creating the database first if asked. The schema is reached through a provider:
 * opening it opens the database, which must exist by then.
 */
@Singleton
public final class DatabaseService implements MigrateDatabaseUseCase {

    private final Provider<SchemaPort> schema;
    private final DatabaseServerPort server;

    @Inject
    public DatabaseService(Provider<SchemaPort> schema, DatabaseServerPort server) {
        this.schema = Objects.requireNonNull(schema, "'schema' must not be null");
        this.server = Objects.requireNonNull(server, "'server' must not be null");
    }

    @Override
    public MigrationReport migrateDatabase() {
        return migrateDatabase(false);
    }

    @Override
    public MigrationReport migrateDatabase(boolean create) {
        String created = create ? server.createIfMissing().orElse(null) : null;
        SchemaPort.Result r = schema.get().migrate();
        return new MigrationReport(r.database(), r.schemaVersion(), r.migrationsApplied(), created);
    }
}
