package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's {@code --help}, from the top-level list down to the last subcommand: each entry of a list of
 * commands is a whole sentence (picocli once showed only a description's first line: "from the programme, the").
 */
class HelpSentencesTest {

    private static String help(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(code).as("%s --help: %s", command, err).isZero();
        return out.toString();
    }

    /** The "Commands:" section: each name with its description, continuation lines joined. */
    static Map<String, String> commands(String help) {
        Map<String, String> entries = new LinkedHashMap<>();
        int at = help.indexOf("\nCommands:\n");
        if (at < 0) {
            return entries;
        }
        String name = null;
        for (String line : help.substring(at + "\nCommands:\n".length()).lines().toList()) {
            if (line.isBlank()) {
                break;
            }
            if (line.matches("  \\S.*")) {
                String[] parts = line.strip().split("\\s+", 2);
                name = parts[0];
                entries.put(name, parts.length > 1 ? parts[1] : "");
            } else if (name != null) {
                entries.put(name, entries.get(name) + " " + line.strip());
            }
        }
        return entries;
    }

    @Test
    void everyCommandListedInEveryHelpHasAWholeSentence() {
        Deque<List<String>> todo = new ArrayDeque<>();
        todo.add(List.of());
        int checked = 0;
        while (!todo.isEmpty()) {
            List<String> command = todo.poll();
            for (Map.Entry<String, String> e : commands(help(command)).entrySet()) {
                List<String> sub = new ArrayList<>(command);
                sub.add(e.getKey());
                assertThat(e.getValue()).as("the description of '%s' in '%s --help'", String.join(" ", sub),
                        String.join(" ", command)).isNotBlank().matches("(?s).*[.!?»)]$")
                        .doesNotEndWith(",").doesNotEndWith(" the");
                todo.add(sub);
                checked++;
            }
        }
        assertThat(checked).as("commands checked").isGreaterThan(40);
    }
}
