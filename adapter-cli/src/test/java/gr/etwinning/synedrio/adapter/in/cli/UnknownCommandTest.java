package gr.etwinning.synedrio.adapter.in.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine root = new CommandLine(CommandSpec.create().name("synedrio"));
        CommandLine program = new CommandLine(CommandSpec.create().name("program"));
        program.addSubcommand("show", new CommandLine(CommandSpec.create().name("show")));
        program.addSubcommand("import", new CommandLine(CommandSpec.create().name("import")));
        root.addSubcommand("program", program);
        root.addSubcommand("report", new CommandLine(CommandSpec.create().name("report")));
        root.addSubcommand("registrations", new CommandLine(CommandSpec.create().name("registrations")));
        root.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("--db").arity("1").build());
        root.setErr(new PrintWriter(err));
        root.setParameterExceptionHandler((e, a) -> Cli.usageError(e));
        root.setExecutionStrategy(parseResult -> 0);
        return root.execute(args);
    }

    @Test
    void anUnknownCommandSaysSoAndSuggestsTheNearest() {
        assertThat(run("programme", "show", "7")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("synedrio: unknown command 'programme'; did you mean 'program'?")
                .contains("Try 'synedrio --help' for usage.")
                .doesNotContain("Unmatched");
    }

    @Test
    void anUnknownSubcommandNamesItsParent() {
        assertThat(run("program", "shwo", "7")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString())
                .startsWith("synedrio: unknown command 'shwo' of 'synedrio program'; did you mean 'show'?");
    }

    @Test
    void anUnknownOptionSuggestsTheNearestOption() {
        assertThat(run("--dbb", "x", "report")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("synedrio: unknown option '--dbb'; did you mean '--db'?");
    }

    @Test
    void nothingNearGivesNoSuggestion() {
        assertThat(run("zzzzzz")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("synedrio: unknown command 'zzzzzz'").doesNotContain("did you mean");
    }
}
