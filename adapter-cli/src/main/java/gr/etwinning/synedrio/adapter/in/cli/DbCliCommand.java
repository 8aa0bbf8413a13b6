package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.port.in.database.MigrateDatabaseUseCase;
import gr.etwinning.synedrio.application.port.in.database.MigrateDatabaseUseCase.MigrationReport;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code synedrio db …}: the database itself. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "The database.",
        subcommands = DbCliCommand.MigrateCliCommand.class)
public final class DbCliCommand {

    /** {@code synedrio db migrate}. */
    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Bring the database's schema up to this version of Synedrio.",
                    "Every command does this when needed; this one says what it did.",
                    "With --create, a MariaDB database the server lacks is created first (utf8mb4, Greek order)."})
    public static final class MigrateCliCommand implements Callable<Integer> {

        private final Provider<MigrateDatabaseUseCase> migrate;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Option(names = "--create",
                description = "Create the MariaDB database first if the server lacks it (utf8mb4, with the collation"
                        + " of Synedrio's tables).")
        boolean create;

        @Inject
        public MigrateCliCommand(Provider<MigrateDatabaseUseCase> migrate) {
            this.migrate = migrate;
        }

        @Override
        public Integer call() {
            MigrationReport r = migrate.get().migrateDatabase(create);
            if (r.created() != null) {
                spec.commandLine().getOut().println(r.created());
            }
            spec.commandLine().getOut().println(r.database() + ": schema version " + r.schemaVersion() + " ("
                    + r.migrationsApplied() + " migration" + (r.migrationsApplied() == 1 ? "" : "s") + " applied now)");
            return ExitCodes.OK;
        }
    }
}
