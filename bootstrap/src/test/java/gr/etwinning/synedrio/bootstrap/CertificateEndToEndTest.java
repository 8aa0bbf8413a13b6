package gr.etwinning.synedrio.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.domain.registration.Registration;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static gr.etwinning.synedrio.bootstrap.RunningSynedrio.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate day end to end: registrations over HTTP, attendance (a fake of issue 11's port, by address),
 * the rule, preview and issue on the command line, the mails through GreenMail with the PDF attached, and the
 * public verification page and API with revocation and the limit on wrong codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateEndToEndTest {

    /** Minutes attended by address: 30 in a talk, 29 in a talk, 45 in a workshop. */
    static final Map<String, Long> MINUTES = Map.of("m.kalogeropoulou@sch.gr", 30L, "g.papanikolaou@sch.gr", 29L,
            "s.theodorou@sch.gr", 45L);

    private final ObjectMapper json = new ObjectMapper();
    private GreenMail smtp;
    private RunningSynedrio synedrio;

    @BeforeAll
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        synedrio = RunningSynedrio.withSeed("synedrio-certificates", smtp.getSmtp().getPort(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(AttendanceTotals.class).toInstance(edition -> {
                    List<AttendanceTotals.ParticipantAttendance> all = new ArrayList<>();
                    RegistrationRepository registrations = synedrio.injector().getInstance(RegistrationRepository.class);
                    for (Registration r : registrations.listAll(edition)) {
                        Long minutes = MINUTES.get(r.details().email().key());
                        if (minutes != null) {
                            String kind = r.details().email().key().startsWith("s.") ? "workshop" : "talk";
                            all.add(new AttendanceTotals.ParticipantAttendance(r.id(), r.details().email().value(),
                                    minutes, Map.of(kind, minutes), 1));
                        }
                    }
                    return all;
                });
            }
        });
        for (String[] p : new String[][] {{"Μαρία Καλογεροπούλου", "m.kalogeropoulou@sch.gr"},
                {"Γεώργιος Παπανικολάου", "g.papanikolaou@sch.gr"}, {"Σταυρούλα Θεοδώρου-Ψαρρά", "s.theodorou@sch.gr"}}) {
            HttpResponse<String> r = synedrio.send("POST", "/api/conferences/7/registrations", """
                    {"fullName": "%s", "email": "%s", "school": "2ο ΓΕΛ Λάρισας", "level": "secondary",
                     "consent": true}""".formatted(p[0], p[1]), null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        }
    }

    @AfterAll
    void stop() {
        synedrio.close();
        smtp.stop();
    }

    @Test
    void theCertificateDayFromTheRuleToTheVerifiedPdf() throws Exception {
        CliRun.Result noRule = synedrio.cli("certificates", "issue", "7");
        assertThat(noRule.code()).isEqualTo(1);
        assertThat(noRule.err()).startsWith("synedrio: ").contains("certificates rule 7 --min-minutes");

        assertThat(synedrio.cli("certificates", "rule", "7", "--min-minutes", "30").code()).isZero();
        CliRun.Result preview = synedrio.cli("certificates", "preview", "7");
        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).containsPattern("Μαρία Καλογεροπούλου +30 +1 +yes")
                .containsPattern("Γεώργιος Παπανικολάου +29 +1 +no: 1 minute\\(s\\) short")
                .contains("2 of 3 registered participant(s) qualify; 2 would be issued now");

        CliRun.Result issued = synedrio.cli("certificates", "issue", "7");
        assertThat(issued.out()).contains("2 certificate(s) issued", "1 registered participant(s) not eligible");
        assertThat(synedrio.cli("certificates", "issue", "7").out()).contains("0 certificate(s) issued",
                "2 held already");

        CliRun.Result sent = synedrio.cli("mail", "send", "--once");
        assertThat(sent.code()).as(sent.err()).isZero();
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain("m.kalogeropoulou@sch.gr");
        MimeMessage certificateMail = mails[mails.length - 1];
        assertThat(certificateMail.getSubject()).isEqualTo("Βεβαίωση παρακολούθησης: 7ο Πανελλήνιο Συνέδριο eTwinning");
        Multipart parts = (Multipart) certificateMail.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        Matcher m = Pattern.compile("/verify/([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        String code = m.group(1);
        BodyPart pdfPart = parts.getBodyPart(1);
        assertThat(pdfPart.getFileName()).isEqualTo("certificate-" + code + ".pdf");
        assertThat(pdfPart.getContentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(pdfPart.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Μαρία Καλογεροπούλου", code);
        }
        assertThat(smtp.getReceivedMessagesForDomain("g.papanikolaou@sch.gr")).as("only the code mail").hasSize(1);
        assertThat(synedrio.cli("mail", "status").out()).contains("0 pending", "5 sent", "0 dead");

        HttpResponse<String> page = synedrio.get("/verify/" + code.toLowerCase());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).contains("html"));
        assertThat(page.body()).contains("Η βεβαίωση είναι γνήσια", "Μαρία Καλογεροπούλου",
                "7ο Πανελλήνιο Συνέδριο eTwinning", "30 λεπτά σε 1 συνεδρία").doesNotContain("@sch.gr");
        JsonNode api = json.readTree(synedrio.get("/api/certificates/" + code).body());
        assertThat(api.get("fullName").asText()).isEqualTo("Μαρία Καλογεροπούλου");
        assertThat(api.get("minutes").asInt()).isEqualTo(30);
        assertThat(api.get("revoked").asBoolean()).isFalse();

        Path dir = Files.createTempDirectory("synedrio-certificate-files");
        assertThat(synedrio.cli("certificates", "pdf", code, "--output", dir.resolve("one.pdf").toString()).code())
                .isZero();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("one.pdf")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Μαρία Καλογεροπούλου");
        }
        assertThat(synedrio.cli("certificates", "export", "7", "--output", dir.resolve("all.zip").toString()).out())
                .contains("wrote 2 certificate(s)");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("all.zip")))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).hasSize(2).contains(code + ".pdf");

        CliRun.Result revoked = synedrio.cli("certificates", "revoke", code, "--reason", "εκδόθηκε κατά λάθος");
        assertThat(revoked.code()).as(revoked.err()).isZero();
        assertThat(synedrio.get("/verify/" + code).body()).contains("Η βεβαίωση ανακλήθηκε", "εκδόθηκε κατά λάθος");
        assertThat(synedrio.cli("certificates", "revoke", "2222-2222-2222", "--reason", "x").code()).isEqualTo(1);

        // Wrong codes: 404 each, clearly; then the client is stopped, even for a right code, with Retry-After.
        HttpResponse<String> wrongPage = synedrio.get("/verify/2222-3333-4444");
        assertThat(wrongPage.statusCode()).isEqualTo(404);
        assertThat(wrongPage.body()).contains("Δεν υπάρχει βεβαίωση με τον κωδικό «2222-3333-4444»");
        for (int i = 1; i < 10; i++) {
            problem(synedrio.get("/api/certificates/2222-3333-44" + (10 + i)), 404);
        }
        HttpResponse<String> limited = synedrio.get("/api/certificates/" + code);
        problem(limited, 429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(synedrio.get("/verify/" + code).statusCode()).isEqualTo(429);
    }

    @Test
    void theOpenApiDocumentListsTheCertificateRoute() throws Exception {
        JsonNode paths = json.readTree(synedrio.get("/api/openapi.json").body()).get("paths");
        assertThat(paths.has("/api/certificates/{code}")).isTrue();
    }
}
