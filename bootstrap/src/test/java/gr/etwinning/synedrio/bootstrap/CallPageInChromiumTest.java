package gr.etwinning.synedrio.bootstrap;

import gr.etwinning.synedrio.application.port.in.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public call for papers page in a real browser (Debian's headless Chromium, through {@link HeadlessChromium}):
 * the DOM it builds is the call in Greek with its deadline, types, levels and criteria and the submission form, and
 * a phone-sized screenshot is taken. Fails, never skips, without Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallPageInChromiumTest {

    private RunningSynedrio synedrio;

    @BeforeAll
    void start() throws Exception {
        synedrio = RunningSynedrio.withSeed("synedrio-call-chromium");
        String token = synedrio.token("ops-call-page", Scope.WRITE);
        assertThat(synedrio.send("POST", "/api/conferences", """
                {"edition": 31, "title": "31ο Πανελλήνιο Συνέδριο eTwinning", "startDate": "2037-11-20",
                 "endDate": "2037-11-21", "mode": "online"}""", token).statusCode()).isEqualTo(201);
        String until = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(LocalDateTime.now(ZoneId.of("Europe/Athens")).plusDays(10));
        assertThat(synedrio.cli("cfp", "open", "31", "--until", until, "--max-words", "500").code()).isZero();
    }

    @AfterAll
    void stop() {
        synedrio.close();
    }

    @Test
    void chromiumShowsTheCallInGreekWithItsDeadlineCriteriaAndForm() throws Exception {
        String dom = HeadlessChromium.run(synedrio.dir(), "--dump-dom", synedrio.base() + "/conferences/31/call");
        assertThat(dom).contains("<html lang=\"el\">", "Πρόσκληση υποβολής εργασιών",
                "31ο Πανελλήνιο Συνέδριο eTwinning", "(ώρα Ελλάδας)", "Η πρόσκληση είναι ανοιχτή.",
                "Επιστημονική ανακοίνωση", "Βιωματικό εργαστήριο", "Πρωτοβάθμια Εκπαίδευση",
                "Δευτεροβάθμια Εκπαίδευση", "έως 500 λέξεις", "Πρωτοτυπία", "Αξιοποίηση στην τάξη", "διπλά τυφλή",
                "id=\"submission\"", "/api/conferences/31/submissions");
    }

    @Test
    void chromiumTakesAPhoneSizedScreenshotOfTheCall() throws Exception {
        Path shot = synedrio.dir().resolve("call.png");
        HeadlessChromium.run(synedrio.dir(), "--window-size=412,2000", "--hide-scrollbars", "--screenshot=" + shot,
                synedrio.base() + "/conferences/31/call");
        assertThat(shot).exists();
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(20_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        String keep = System.getenv("SYNEDRIO_CALL_SCREENSHOT");
        if (keep != null && !keep.isBlank()) {
            Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
