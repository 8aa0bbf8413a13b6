package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Option values that are none of those an option takes are wrong usage, exit 2, as the README promises — not a
 * refusal of the data (1) nor a failure (3) — with the reason on stderr's first line.
 */
class UsageExitCodesTest {

    @TempDir
    Path dir;

    private CliRun.Result usage(String... args) {
        CliRun cli = new CliRun(dir);
        CliRun.Result r = cli.run(args);
        assertThat(r.code()).as(String.join(" ", args) + " → " + r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("synedrio: ").doesNotContain("Exception");
        return r;
    }

    @Test
    void anUnknownExportFormatIsWrongUsage() {
        assertThat(new CliRun(dir).run("import", Seed.file(dir).toString()).code()).isZero();
        assertThat(usage("program", "export", "7", "--format", "ics").err()).contains("--format")
                .contains("frab-xml");
    }

    @Test
    void anUnknownSeparatorIsWrongUsage() {
        assertThat(usage("registrations", "export", "7", "--separator", "|").err()).contains("--separator");
    }

    @Test
    void anUnknownAwardsFormatIsWrongUsage() {
        assertThat(usage("awards", "export", "15", "--format", "pdf").err()).contains("--format");
    }

    @Test
    void aPortBeyond65535IsWrongUsage() {
        assertThat(usage("serve", "--port", "99999").err()).contains("--port");
        usage("serve", "--port", "-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-url", "jdbc:postgresql://localhost/synedrio", "jdbc:mariadb:/nohost",
            "jdbc:mariadb://localhost:port/synedrio", "mariadb://localhost/synedrio", "jdbc:h2:"})
    void aMalformedDatabaseUrlIsWrongUsage(String url) {
        assertThat(usage("--db", url, "conference", "list").err()).contains("--db");
        assertThat(usage("conference", "list", "--db", url).err()).contains("--db");
    }
}
