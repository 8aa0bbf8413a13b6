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
                    "Every command does this when needed; this one says what it did."})
    public static final class MigrateCliCommand implements Callable<Integer> {

        private final Provider<MigrateDatabaseUseCase> migrate;

        @Spec
        CommandSpec spec;

        @Inject
        public MigrateCliCommand(Provider<MigrateDatabaseUseCase> migrate) {
            this.migrate = migrate;
        }

        @Override
        public Integer call() {
            MigrationReport r = migrate.get().migrateDatabase();
            spec.commandLine().getOut().println(r.database() + ": schema version " + r.schemaVersion() + " ("
                    + r.migrationsApplied() + " migration" + (r.migrationsApplied() == 1 ? "" : "s") + " applied now)");
            return ExitCodes.OK;
        }
    }
}
