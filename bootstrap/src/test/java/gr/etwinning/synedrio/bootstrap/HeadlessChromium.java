package gr.etwinning.synedrio.bootstrap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium (installed by scripts/install-chromium.sh), run once per call with a fresh profile in
 * the given directory; fails, never skips, when it is missing. Every Chromium test starts it through here: {@link
 * #run} for one page dumped or photographed, {@link ChromiumDevTools} for a browser driven page after page.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** The command line that starts Chromium headless with a fresh profile in {@code dir}, then {@code args}. */
    static List<String> command(Path dir, String... args) throws java.io.IOException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is needed at " + CHROMIUM + ": run scripts/install-chromium.sh").isTrue();
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                // a Greek teacher's browser (Chromium's own default asks for English, which the pages honour)
                "--lang=el", "--accept-lang=el-GR,el",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs Chromium with these arguments; its standard output. */
    static String run(Path dir, String... args) throws Exception {
        List<String> command = command(dir, args);
        Path output = dir.resolve("chromium-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("Chromium finished within 90 s").isTrue();
        assertThat(p.exitValue()).as("Chromium's exit code").isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
