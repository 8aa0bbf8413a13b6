package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the launcher and the build print for an operator: the {@code ./synedrio} script says once, on stderr, that
 * it is preparing its start-up cache (seconds of silence otherwise), and Maven writes no colour codes into a log.
 */
class LauncherMessagesTest {

    private static final Path ROOT = Path.of(System.getenv().getOrDefault("SYNEDRIO_TEST_ROOT", ".."));

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run launch(Path script, Path java) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "conference", "list");
        Map<String, String> env = pb.environment();
        env.put("SYNEDRIO_JAVA", java.toString());
        env.remove("SYNEDRIO_NO_CDS");
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
    }

    @Test
    void theFirstCommandAfterABuildSaysOnceOnStderrThatItPreparesTheStartUpCache() throws Exception {
        Path home = Files.createDirectories(dir.resolve("synedrio"));
        Path script = Files.copy(ROOT.resolve("synedrio"), home.resolve("synedrio"));
        Files.createDirectories(home.resolve("bootstrap/target"));
        Files.writeString(home.resolve("bootstrap/target/synedrio.jar"), "");
        Files.createDirectories(home.resolve("datasets"));
        Files.writeString(home.resolve("datasets/etwinning-2021.json"), "{}");
        // a JVM that writes the class-data archive it is asked for, and answers the command
        Path java = home.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) echo cds > "${a#*=}";; esac; done
                [ "${*: -2}" = "conference list" ] && echo "the command's output"
                exit 0
                """, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run first = launch(script, java);
        Run second = launch(script, java);

        assertThat(first.code()).isZero();
        assertThat(first.err().lines()).singleElement().asString().startsWith("synedrio: preparing the start-up cache");
        assertThat(first.out()).contains("the command's output");
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).contains("the command's output");
    }

    @Test
    void mavenWritesNoColourCodesIntoALog() throws IOException {
        // .mvn/maven.config turns Maven's colours off; .mvn/jvm.config stops jansi's reset codes ("[0m[0m"), which
        // Maven 3.8 writes even in batch mode when its output is not a terminal
        assertThat(Files.readString(ROOT.resolve(".mvn/maven.config"))).contains("-Dstyle.color=never");
        assertThat(Files.readString(ROOT.resolve(".mvn/jvm.config"))).contains("-Djansi.noreset=true");
    }
}
