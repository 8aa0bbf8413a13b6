package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.domain.DomainException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;
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
        wholeSentences(cmd);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((e, a) -> usageError(e));
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

    /**
     * A command's description as one paragraph: picocli's list of commands shows only a description's first line,
     * which cut the descriptions written over several lines mid-sentence ("from the programme, the"). Joined, every
     * list shows whole sentences, wrapped to the terminal's width.
     */
    static void wholeSentences(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            String[] lines = sub.getCommandSpec().usageMessage().description();
            if (lines.length > 1) {
                sub.getCommandSpec().usageMessage().description(String.join(" ", lines).replaceAll("\\s+", " ")
                        .strip());
            }
            wholeSentences(sub);
        }
    }

    /** Wrong usage: one line saying what was wrong (and the nearest command or option, if one is near). */
    static int usageError(CommandLine.ParameterException e) {
        PrintWriter w = e.getCommandLine().getErr();
        w.println("synedrio: " + usageMessage(e));
        w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        w.flush();
        return ExitCodes.USAGE;
    }

    static String usageMessage(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        String unknown = u.getUnmatched().get(0);
        CommandLine where = u.getCommandLine();
        String what;
        if (unknown.startsWith("-")) {
            what = "unknown option '" + unknown + "'";
        } else if (!where.getSubcommands().isEmpty()) {
            what = "unknown command '" + unknown + "'";
            if (where.getParent() != null) {
                what += " of '" + where.getCommandSpec().qualifiedName() + "'";
            }
        } else {
            return e.getMessage();
        }
        List<String> near = u.getSuggestions().stream()
                .filter(s -> s.startsWith("-") == unknown.startsWith("-")).toList();
        return near.isEmpty() ? what : what + "; did you mean '" + near.get(0) + "'?";
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
