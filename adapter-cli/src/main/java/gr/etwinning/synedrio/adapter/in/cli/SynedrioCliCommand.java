package gr.etwinning.synedrio.adapter.in.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global database options and the list of commands. */
@Command(name = "synedrio", mixinStandardHelpOptions = true, version = "synedrio 0.1.0",
        description = "Runs the Panhellenic eTwinning Conference: editions, programmes and more.",
        subcommands = {ImportCliCommand.class, ConferenceCliCommand.class, ProgramCliCommand.class,
                SearchCliCommand.class, TokenCliCommand.class, DbCliCommand.class, ServeCliCommand.class,
                AwardsCliCommand.class, SchoolsCliCommand.class, AmbassadorsCliCommand.class,
                FiguresCliCommand.class, CommentsCliCommand.class, ReportCliCommand.class, SeatsCliCommand.class,
                RegistrationsCliCommand.class},
        footer = {"", "Exit codes: 0 done, 1 refused (bad input, unknown id, broken rule; nothing written),",
                "2 wrong usage, 3 could not run (database unreachable or internal failure).",
                "Without --db the embedded database in ./data is used."})
public final class SynedrioCliCommand {

    private final CliSettings settings;

    @Inject
    public SynedrioCliCommand(CliSettings settings) {
        this.settings = settings;
    }

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            defaultValue = "${env:SYNEDRIO_DB_URL}",
            description = "Database: jdbc:mariadb://host:3306/name, or jdbc:h2:file:PATH (default: the embedded "
                    + "database in ./data; env SYNEDRIO_DB_URL)")
    void database(String url) {
        settings.databaseUrl(url);
    }

    @Option(names = "--db-user", paramLabel = "USER", scope = ScopeType.INHERIT,
            defaultValue = "${env:SYNEDRIO_DB_USER}", description = "Database user (env SYNEDRIO_DB_USER)")
    void databaseUser(String user) {
        settings.databaseUser(user);
    }

    @Option(names = "--db-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
            defaultValue = "${env:SYNEDRIO_DB_PASSWORD}",
            description = "Database password (env SYNEDRIO_DB_PASSWORD, which keeps it out of the process list)")
    void databasePassword(String password) {
        settings.databasePassword(password);
    }
}
