package gr.etwinning.synedrio.adapter.in.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SynedrioCliCommandTest {

    private final CommandSpec root = CommandSpec.forAnnotatedObject(new SynedrioCliCommand(new CliSettings()));

    private List<Class<?>> commandsFor(String... args) {
        return SynedrioCliCommand.commandsFor(args, root);
    }

    @Test
    void aCommandLineThatNamesACommandBuildsThatCommandAloneWhereverTheGlobalOptionsStand() {
        assertThat(commandsFor("program", "show", "7")).containsExactly(ProgramCliCommand.class);
        assertThat(commandsFor("--db", "jdbc:h2:file:/tmp/x", "--db-user", "sa", "program", "show", "7"))
                .containsExactly(ProgramCliCommand.class);
        assertThat(commandsFor("--db=jdbc:mariadb://127.0.0.1/test", "seats", "7"))
                .containsExactly(SeatsCliCommand.class);
        assertThat(commandsFor("--db-user", "sa", "report", "7")).containsExactly(ReportCliCommand.class);
    }

    @Test
    void helpVersionAnUnknownNameOrNoNameAtAllBuildEveryCommand() {
        assertThat(commandsFor()).isEqualTo(SynedrioCliCommand.COMMANDS);
        assertThat(commandsFor("--help")).isEqualTo(SynedrioCliCommand.COMMANDS);
        assertThat(commandsFor("--help", "program")).isEqualTo(SynedrioCliCommand.COMMANDS);
        assertThat(commandsFor("-V")).isEqualTo(SynedrioCliCommand.COMMANDS);
        assertThat(commandsFor("programme", "show", "7")).isEqualTo(SynedrioCliCommand.COMMANDS);
        assertThat(commandsFor("--", "program")).isEqualTo(SynedrioCliCommand.COMMANDS);
        // a command name where an option's value should be: picocli refuses it only if it knows the name
        assertThat(commandsFor("--db", "program", "report", "7")).isEqualTo(SynedrioCliCommand.COMMANDS);
    }

    @Test
    void everyCommandIsListedOnceUnderItsOwnName() {
        List<String> names = SynedrioCliCommand.COMMANDS.stream()
                .map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList();
        assertThat(names).doesNotHaveDuplicates().contains("import", "program", "serve", "registrations", "report");
    }
}
