package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README quotes of the command line is what the command line prints. */
class ReadmeQuotesTest {

    private static final Path ROOT = Path.of(System.getenv().getOrDefault("SYNEDRIO_TEST_ROOT", ".."));

    @TempDir
    Path dir;

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theProgrammeTableQuotedIsTheOneProgramShowPrints() throws IOException {
        String readme = readme();
        int at = readme.indexOf("`./synedrio program show 7` prints");
        assertThat(at).as("the README quotes program show 7").isPositive();
        int start = readme.indexOf("```text\n", at) + "```text\n".length();
        String quoted = readme.substring(start, readme.indexOf("```", start));
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("import", Seed.file(dir).toString()).code()).isZero();

        assertThat(quoted).isEqualTo(cli.run("program", "show", "7").out());
    }

    @Test
    void theMessagesQuotedAreTheOnesPrinted() throws IOException {
        String readme = readme();
        CliRun.Result unknown = new CliRun(dir).run("programme", "show", "7");
        assertThat(readme).contains("`" + unknown.err().lines().findFirst().orElseThrow() + "`");
        String script = Files.readString(ROOT.resolve("synedrio"), StandardCharsets.UTF_8);
        assertThat(script).contains("echo \"synedrio: preparing the start-up cache once for this build (some seconds;"
                + " later commands start faster)…\" >&2");
        assertThat(readme).contains("`synedrio: preparing the start-up cache once for this build (some seconds;"
                + " later commands start faster)…`");
    }
}
