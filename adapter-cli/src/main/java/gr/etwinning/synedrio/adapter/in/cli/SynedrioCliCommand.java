package gr.etwinning.synedrio.adapter.in.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.Arrays;
import java.util.List;

/** The root command: global database options and the list of commands. */
@Command(name = "synedrio", mixinStandardHelpOptions = true, version = "synedrio 0.1.0",
        description = "Runs the Panhellenic eTwinning Conference: editions, programmes and more.",
        footer = {"", "Exit codes: 0 done, 1 refused (bad input, unknown id, broken rule; nothing written), 2 wrong"
                + " usage, 3 could not run (database unreachable or internal failure).",
                "Without --db the embedded database in ./data is used."})
public final class SynedrioCliCommand {

    /** The commands, in the order {@code --help} lists them; added by {@link Cli} (see {@link #commandsFor}). */
    static final List<Class<?>> COMMANDS = List.of(ImportCliCommand.class, ConferenceCliCommand.class,
            ProgramCliCommand.class, SearchCliCommand.class, TokenCliCommand.class, DbCliCommand.class,
            ServeCliCommand.class, AwardsCliCommand.class, SchoolsCliCommand.class, AmbassadorsCliCommand.class,
            FiguresCliCommand.class, CommentsCliCommand.class, ReportCliCommand.class, SeatsCliCommand.class,
            RegistrationsCliCommand.class, AttendanceCliCommand.class, MailCliCommand.class,
            CertificatesCliCommand.class, EvaluationsCliCommand.class, ProceedingsCliCommand.class,
            CfpCliCommand.class, ReviewCliCommand.class);

    /**
     * The commands a command line needs: only the one it names, when it names one before any help or version
     * option; otherwise all of them, for the usage help and for picocli's suggestions. Building every command and
     * subcommand took 150 ms of a 700 ms {@code program show}.
     *
     * @param root the root command's spec, without commands: which of its options take a value
     */
    static List<Class<?>> commandsFor(String[] args, CommandSpec root) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("-")) {
                OptionSpec option = root.findOption(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
                if (option != null && (option.usageHelp() || option.versionHelp())) {
                    break;
                }
                if (option != null && !arg.contains("=") && option.arity().max() > 0) {
                    i++; // the option's value; picocli refuses a command name there, which it must still know
                    if (i < args.length && named(args[i]) != null) {
                        break;
                    }
                }
                continue;
            }
            Class<?> command = named(arg);
            return command == null ? COMMANDS : List.of(command);
        }
        return COMMANDS;
    }

    private static Class<?> named(String name) {
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name)) {
                return command;
            }
        }
        return null;
    }

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
        if (url != null && !url.isBlank() && !WELL_FORMED_DB_URL.matcher(url.strip()).matches()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db '" + url.strip() + "' is not"
                    + " a database URL: jdbc:mariadb://HOST[:PORT]/NAME[?…] or jdbc:h2:file:PATH (or jdbc:h2:mem:NAME)");
        }
        settings.databaseUrl(url);
    }

    /** One host of a MariaDB URL: a name or IPv4 address or [IPv6], with a port if any; or address=(…)(…). */
    private static final String DB_HOST = "(?:(?:\\[[0-9A-Fa-f:.]+\\]|[^/,:\\[\\s?]+)(?::\\d{1,5})?|address=[^,/\\s]+)";

    /**
     * The database URLs Synedrio can use: MariaDB (or MySQL's scheme; replication, load-balancing and sequential
     * host lists included) with hosts, ports if any and a database name; H2.
     */
    private static final java.util.regex.Pattern WELL_FORMED_DB_URL = java.util.regex.Pattern.compile(
            "jdbc:(?:mariadb|mysql):(?:(?:replication|loadbalance|load-balance-read|sequential):)?//"
                    + DB_HOST + "(?:," + DB_HOST + ")*/[^/?\\s]*(?:\\?\\S*)?"
                    + "|jdbc:h2:(?:file:|mem:|tcp://|ssl://|zip:)?\\S.*");

    @picocli.CommandLine.Spec
    CommandSpec spec;

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
