package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.domain.DomainException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * Builds and runs the {@code synedrio} command line. Errors are one line on stderr, prefixed {@code synedrio:};
 * exit codes are those of {@link ExitCodes}. {@code System.exit} is called only by the launcher's {@code main}.
 */
public final class Cli {

    private Cli() {
    }

    public static int run(CommandLine.IFactory factory, PrintWriter out, PrintWriter err, String... args) {
        return run(factory, UnaryOperator.identity(), out, err, args);
    }

    /**
     * Runs a command line.
     *
     * @param unwrap turns what the composition root wraps around a failure (a dependency-injection error, say)
     *               back into the failure itself, so that the user reads the real reason
     */
    public static int run(CommandLine.IFactory factory, UnaryOperator<Exception> unwrap, PrintWriter out,
                          PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(SynedrioCliCommand.class, factory);
        for (Class<?> command : SynedrioCliCommand.commandsFor(args, cmd.getCommandSpec())) {
            cmd.addSubcommand(command);
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((e, a) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("synedrio: " + e.getMessage());
            w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            w.flush();
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((thrown, commandLine, parseResult) -> {
            Exception e = unwrap.apply(thrown);
            PrintWriter w = commandLine.getErr();
            if (e instanceof UsageException) {
                w.println("synedrio: " + e.getMessage());
                w.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
                w.flush();
                return ExitCodes.USAGE;
            }
            w.println("synedrio: " + message(e));
            w.flush();
            return exitCode(e);
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static int exitCode(Exception e) {
        if (e instanceof DomainException || e instanceof NotFoundException || e instanceof ConflictException
                || e instanceof RefusedException || e instanceof IllegalArgumentException) {
            return ExitCodes.REFUSED;
        }
        return ExitCodes.FAILED;
    }

    static String message(Exception e) {
        if (exitCode(e) == ExitCodes.REFUSED) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return "could not run: " + (m == null ? e.getClass().getName() : m);
    }
}
