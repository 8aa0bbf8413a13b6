package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase;
import gr.etwinning.synedrio.application.port.in.seat.SetCapacityUseCase;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.domain.registration.Registration;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant's whole path in a real browser (Debian's headless Chromium over the DevTools protocol, {@link
 * ChromiumDevTools}), over the real server, the 2021 programme and a GreenMail SMTP sink: register (first with
 * mistakes, each shown in Greek beside its field, the values kept), read the code from the mail, book two workshops,
 * be refused the third by the booking limit with the reason shown, cancel one so that a waiting participant gets
 * the seat and sees it, and, after the conference, download the certificate and open its verification page. The
 * pages hold no script at all, so all of this is what a browser without JavaScript does. Every page passes axe-core
 * (WCAG 2.2 A/AA and best practices) with no violation at 390 px and at 1280 px; each is photographed at phone
 * width ({@code SYNEDRIO_SCREENSHOTS=docs/pages} keeps the pictures). The clock is the edition's: the details are
 * editable in November 2021 before the conference, the certificate appears after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantPagesInChromiumTest {

    private static final Instant BEFORE = Instant.parse("2021-11-10T10:00:00Z");
    private static final Instant AFTER = Instant.parse("2021-11-25T10:00:00Z");
    private static final Pattern CODE = Pattern.compile("/r/([A-Za-z0-9_-]{22})");

    private final AtomicReference<Instant> now = new AtomicReference<>(BEFORE);
    private GreenMail smtp;
    private RunningSynedrio synedrio;
    private ChromiumDevTools browser;
    private Path shots;

    @BeforeAll
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        synedrio = RunningSynedrio.withSeed("synedrio-pages", smtp.getSmtp().getPort(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(ClockPort.class).toInstance(now::get);
                // Everybody registered attended an hour (issue 11's imports are tested on their own).
                bind(AttendanceTotals.class).toInstance(edition -> {
                    List<AttendanceTotals.ParticipantAttendance> all = new ArrayList<>();
                    for (Registration r : synedrio.injector().getInstance(RegistrationRepository.class)
                            .listAll(edition)) {
                        all.add(new AttendanceTotals.ParticipantAttendance(r.id(), r.details().email().value(), 60,
                                Map.of("workshop", 60L), 1));
                    }
                    return all;
                });
            }
        });
        browser = ChromiumDevTools.start(synedrio.dir());
        shots = synedrio.dir().resolve("shots");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        synedrio.close();
        smtp.stop();
    }

    @Test
    void registerBookBeRefusedCancelPromoteAndFetchTheCertificate() throws Exception {
        String base = synedrio.base();

        // The programme page: the search box and the way to register.
        browser.open(base + "/conferences/7");
        assertThat(browser.html()).contains("role=\"search\"", "/conferences/7/register");
        accessible("programme");

        // Register, first with mistakes: each is named in Greek next to its field, and what was typed stays.
        browser.open(base + "/conferences/7/register");
        assertThat(browser.html()).doesNotContain("<script").contains("<datalist id=\"schools\">",
                "<option value=\"7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ\">",
                "name=\"csrf\"", "Προστασία προσωπικών δεδομένων");
        accessible("register");
        browser.type("#fullName", "Μαρία Καλογεροπούλου");
        browser.type("#email", "m.kalogeropoulou.sch.gr");
        browser.click("button[type=submit]", true);
        String errors = browser.text();
        assertThat(errors).contains("Η διεύθυνση e-mail δεν είναι έγκυρη", "Γράψτε το σχολείο σας.",
                "Για να εγγραφείτε χρειάζεται η συγκατάθεσή σας.")
                .doesNotContain("Γράψτε το ονοματεπώνυμό σας.");
        assertThat(browser.eval("document.querySelector('#fullName').value").asText())
                .isEqualTo("Μαρία Καλογεροπούλου");
        assertThat(browser.eval("document.querySelector('#email').getAttribute('aria-describedby')").asText())
                .contains("email-error");
        accessible("register-errors");
        browser.type("#email", "m.kalogeropoulou@sch.gr");
        browser.type("#school", "2ο ΓΕΛ Λάρισας");
        browser.type("#specialty", "ΠΕ02 Φιλόλογος");
        browser.click("#level-secondary", false);
        browser.click("#consent", false);
        browser.click("button[type=submit]", true);
        assertThat(browser.text()).contains("Η εγγραφή σας καταχωρίστηκε", "Στείλαμε τον κωδικό σας στη διεύθυνση "
                + "m.kalogeropoulou@sch.gr");
        accessible("registered");
        String maria = codeMailedTo("m.kalogeropoulou@sch.gr");

        // A second teacher registers the same way.
        browser.open(base + "/conferences/7/register");
        browser.type("#fullName", "Γεώργιος Παπανικολάου");
        browser.type("#email", "g.papanikolaou@sch.gr");
        browser.type("#school", "1ο Δημοτικό Σχολείο Βόλου");
        browser.click("#level", false);
        browser.click("#consent", false);
        browser.click("button[type=submit]", true);
        String giorgos = codeMailedTo("g.papanikolaou@sch.gr");

        // The operator opens three workshops; the first has one seat.
        SetCapacityUseCase capacity = synedrio.injector().getInstance(SetCapacityUseCase.class);
        capacity.setCapacity(new SetCapacityUseCase.SetCapacityCommand(7, "d2-workshop-01", 1));
        capacity.setCapacity(new SetCapacityUseCase.SetCapacityCommand(7, "d2-workshop-02", 30));
        capacity.setCapacity(new SetCapacityUseCase.SetCapacityCommand(7, "d2-workshop-03", 30));

        // Maria books two workshops, taking the first's only seat.
        browser.open(base + "/r/" + maria);
        assertThat(browser.text()).contains("Δεν έχετε κλείσει ακόμη κανένα εργαστήριο.");
        accessible("my-registration-empty");
        book("d2-workshop-01");
        assertThat(browser.text()).contains("Η θέση σας στο εργαστήριο «Εργαστήριο 1 (ο τίτλος δεν έχει δημοσιευτεί)» "
                + "επιβεβαιώθηκε.");
        book("d2-workshop-02");
        assertThat(browser.text()).contains("Έχετε 2 από τις 2 κρατήσεις που επιτρέπονται.");
        // The third is refused by the limit, and the page says why.
        book("d2-workshop-03");
        assertThat(browser.text()).contains("Η κράτηση δεν έγινε: έχετε ήδη 2 κρατήσεις, όσες επιτρέπονται ανά "
                + "συμμετέχοντα.");
        accessible("my-registration-refused");
        assertThat(browser.eval("document.querySelector('a[hreflang=en]').getAttribute('href')").asText())
                .isEqualTo("/r/" + maria + "?lang=en");

        // Giorgos finds the first workshop full and joins its waiting list.
        browser.open(base + "/r/" + giorgos);
        book("d2-workshop-01");
        assertThat(browser.text()).contains("μπήκατε στη λίστα αναμονής, θέση 1", "Λίστα αναμονής, θέση 1");
        browser.open(base + "/conferences/7/workshops");
        assertThat(browser.text()).contains("Πλήρες — λίστα αναμονής: 1", "29 ελεύθερες από 30");
        accessible("workshops");

        // Maria cancels (opening her page with her code from the workshops page); Giorgos gets the seat and sees it.
        browser.type("#code", " " + maria + " ");
        browser.click("form[action='/r'] button", true);
        assertThat(browser.url()).endsWith("/r/" + maria);
        browser.click("form[action$='/bookings/d2-workshop-01/cancel'] button", true);
        assertThat(browser.text()).contains("ακυρώθηκε", "Έχετε 1 από τις 2 κρατήσεις");
        accessible("my-registration");
        browser.open(base + "/r/" + giorgos);
        assertThat(browser.text()).contains("Επιβεβαιωμένη θέση").doesNotContain("Λίστα αναμονής, θέση");

        // Her details can be changed before the conference; a wrong value is named beside its field.
        browser.open(base + "/r/" + maria);
        browser.type("#email", "m.kalogeropoulou@");
        browser.click("form[action='/r/" + maria + "'] button", true);
        assertThat(browser.text()).contains("Τα στοιχεία δεν αποθηκεύτηκαν", "Η διεύθυνση e-mail δεν είναι έγκυρη");
        accessible("my-registration-errors");
        browser.open(base + "/r/" + maria);
        browser.type("#specialty", "ΠΕ02 Φιλόλογος, ΠΕ86");
        browser.click("form[action='/r/" + maria + "'] button", true);
        assertThat(browser.text()).contains("Τα στοιχεία σας αποθηκεύτηκαν.");
        assertThat(browser.eval("document.querySelector('#specialty').value").asText())
                .isEqualTo("ΠΕ02 Φιλόλογος, ΠΕ86");

        // After the conference: certificates are issued; the page offers the PDF and its verification page.
        now.set(AFTER);
        assertThat(synedrio.cli("certificates", "rule", "7", "--min-minutes", "30").code()).isZero();
        assertThat(synedrio.cli("certificates", "issue", "7").code()).isZero();
        browser.open(base + "/r/" + maria);
        assertThat(browser.text()).contains("Τα στοιχεία δεν αλλάζουν πια", "Λήψη της βεβαίωσης (PDF)");
        assertThat(browser.html()).as("nothing to book or cancel after the conference").doesNotContain("/cancel\"",
                "Κράτηση εργαστηρίου");
        accessible("my-registration-certificate");
        JsonNode pdf = browser.eval("fetch(document.querySelector('a[href$=\"certificate.pdf\"]').href)"
                + ".then(r => r.arrayBuffer().then(b => ({type: r.headers.get('content-type'), size: b.byteLength,"
                + " head: String.fromCharCode(...new Uint8Array(b.slice(0, 5)))})))");
        assertThat(pdf.get("type").asText()).isEqualTo("application/pdf");
        assertThat(pdf.get("head").asText()).isEqualTo("%PDF-");
        assertThat(pdf.get("size").asInt()).isGreaterThan(10_000);
        browser.click("a[href^='/verify/']", true);
        assertThat(browser.text()).contains("Η βεβαίωση είναι γνήσια", "Μαρία Καλογεροπούλου");
        accessible("verify");

        // The search of the programme page finds people and schools however typed.
        browser.open(base + "/conferences/7");
        browser.type("#q", "κοππης");
        browser.click("form[role=search] button", true);
        assertThat(browser.text()).contains("Κόππης", "Πρόσωπο");
        accessible("search");
        browser.type("#q", "νηπιαγωγειο κατερινης");
        browser.click("main form[role=search] button", true);
        assertThat(browser.text()).contains("Σχολείο", "7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ");

        // A forged form (its token changed in the page) is refused.
        browser.open(base + "/conferences/7/register");
        browser.eval("document.querySelector('input[name=csrf]').value = 'forged'");
        browser.type("#fullName", "Κακόβουλος Ιστότοπος");
        browser.click("button[type=submit]", true);
        assertThat(browser.text()).contains("Η φόρμα δεν στάλθηκε από αυτόν τον ιστότοπο");
        accessible("forbidden");

        // An unknown code: a 404 page in Greek. English on request.
        browser.open(base + "/r/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(browser.text()).contains("Δεν υπάρχει εγγραφή με αυτόν τον κωδικό.");
        accessible("not-found");
        browser.open(base + "/conferences/7/register?lang=en");
        assertThat(browser.html()).contains("<html lang=\"en\">", "Register for the conference");
        accessible("register-en");
        browser.open(base + "/conferences/7/workshops");
        assertThat(browser.text()).as("the language is remembered").contains("Workshops", "Full — waiting list");
        browser.open(base + "/conferences/7");
        assertThat(browser.html()).contains("<html lang=\"en\">", "Saturday 20 November 2021", "Round table",
                "Search the programme, people and schools");
        assertThat(browser.html()).as("Greek data marked Greek on the English page")
                .contains("<h1 lang=\"el\">7ο Πανελλήνιο Συνέδριο eTwinning</h1>");
        accessible("programme-en");
        browser.open(base + "/r/" + maria);
        browser.click("a[href^='/verify/']", true);
        assertThat(browser.text()).contains("The certificate is genuine.", "1 hour in 1 session");
        browser.open(base + "/conferences/7?lang=el");
        assertThat(browser.html()).contains("<html lang=\"el\">", "Σάββατο 20 Νοεμβρίου 2021");

        // A revoked certificate: the page says so and no longer offers the PDF.
        browser.open(base + "/r/" + maria);
        String certificate = browser.eval("document.querySelector('a[href^=\"/verify/\"]').getAttribute('href')")
                .asText().substring("/verify/".length());
        assertThat(synedrio.cli("certificates", "revoke", certificate, "--reason", "εκδόθηκε κατά λάθος").code())
                .isZero();
        browser.open(base + "/r/" + maria);
        assertThat(browser.text()).contains("Η βεβαίωσή σας ανακλήθηκε").doesNotContain("Λήψη της βεβαίωσης");
        assertThat(browser.eval("fetch('/r/" + maria + "/certificate.pdf').then(r => r.status)").asInt())
                .isEqualTo(404);
    }

    @Test
    void axeFindsWhatItShould() throws Exception {
        // Without this, a broken injection of axe-core would pass every page.
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<main><img src='x.png'><input type='text'></main></body></html>");
        assertThat(browser.axeViolations()).anyMatch(v -> v.startsWith("image-alt:"))
                .anyMatch(v -> v.startsWith("label:")).anyMatch(v -> v.startsWith("html-has-lang:"));
    }

    private void book(String workshop) throws Exception {
        browser.click("form[action$='/bookings/" + workshop + "'] button", true);
    }

    /** axe-core finds nothing at phone and desktop width; the phone-width picture is kept. */
    private void accessible(String page) throws Exception {
        for (int width : new int[] {1280, 390}) {
            browser.width(width, width < 600);
            assertThat(browser.axeViolations()).as(page + " at " + width + " px").isEmpty();
        }
        Path shot = shots.resolve(page + ".png");
        browser.screenshot(shot);
        assertThat(Files.size(shot)).isGreaterThan(5_000);
        String keep = System.getenv("SYNEDRIO_SCREENSHOTS");
        if (keep != null && !keep.isBlank()) {
            Files.createDirectories(Path.of(keep));
            Files.copy(shot, Path.of(keep).resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String codeMailedTo(String email) throws Exception {
        assertThat(synedrio.injector().getInstance(SendMailUseCase.class).sendDue().serverTrouble()).isFalse();
        MimeMessage last = null;
        for (MimeMessage m : smtp.getReceivedMessagesForDomain(email)) {
            last = m;
        }
        assertThat(last).as("a mail to " + email).isNotNull();
        Matcher code = CODE.matcher((String) last.getContent());
        assertThat(code.find()).as("the page's link in the mail").isTrue();
        return code.group(1);
    }
}
