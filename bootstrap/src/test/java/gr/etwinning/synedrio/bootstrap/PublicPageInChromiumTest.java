package gr.etwinning.synedrio.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /} in a real browser: Debian's headless Chromium (installed by scripts/install-chromium.sh, which CI
 * runs first) loads the page from the real server on a random port; the DOM it builds shows the 2021 programme, and
 * a phone-sized screenshot is taken. The test fails, never skips, when Chromium is missing ({@link HeadlessChromium}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPageInChromiumTest {

    private RunningSynedrio synedrio;
    private Path dir;

    @BeforeAll
    void start() throws IOException {
        synedrio = RunningSynedrio.withSeed("synedrio-chromium");
        dir = synedrio.dir();
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    private String chromium(String... args) throws Exception {
        return HeadlessChromium.run(dir, args);
    }

    @Test
    void chromiumShowsThe2021ProgrammeDayByDayWithSpeakers() throws Exception {
        String dom = chromium("--dump-dom", synedrio.base() + "/");
        assertThat(dom).contains("<html lang=\"el\">", "7ο Πανελλήνιο Συνέδριο eTwinning",
                "Παρασκευή 19 Νοεμβρίου 2021", "Σάββατο 20 Νοεμβρίου 2021", "Κυριακή 21 Νοεμβρίου 2021",
                "Συνεδρία Πρωτοβάθμιας Εκπαίδευσης", "κ. Αλέξανδρος Κόππης", "Δρ. Ευγενία Λειβαδάου",
                "Τελετή Βράβευσης των νικητών του 15ου Εθνικού Διαγωνισμού έργων eTwinning", "09:00–19:00");
        assertThat(dom.indexOf("Έναρξη εργασιών")).isLessThan(dom.indexOf("Στρογγυλή τράπεζα"));
    }

    @Test
    void chromiumTakesAPhoneSizedScreenshotOfThePage() throws Exception {
        Path shot = dir.resolve("programme.png");
        chromium("--window-size=412,2400", "--hide-scrollbars", "--screenshot=" + shot, synedrio.base() + "/");
        assertThat(shot).exists();
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(20_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        String keep = System.getenv("SYNEDRIO_SCREENSHOT");
        if (keep != null && !keep.isBlank()) {
            Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
