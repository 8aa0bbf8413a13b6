package gr.etwinning.synedrio.application.service.certificate;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.fakes.InMemoryAttendanceTotals;
import gr.etwinning.synedrio.application.fakes.InMemoryCertificates;
import gr.etwinning.synedrio.application.fakes.InMemoryConferenceRepository;
import gr.etwinning.synedrio.application.fakes.InMemoryOutbox;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateRuleUseCase.SetRuleCommand;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateView;
import gr.etwinning.synedrio.application.port.in.certificate.IssueCertificatesUseCase.IssueReport;
import gr.etwinning.synedrio.application.port.in.certificate.PreviewCertificatesUseCase.Candidate;
import gr.etwinning.synedrio.application.port.in.registration.RegisterUseCase.RegisterCommand;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRendererPort;
import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.application.service.registration.RegistrationMails;
import gr.etwinning.synedrio.application.service.registration.RegistrationService;
import gr.etwinning.synedrio.application.service.seat.InMemorySeats;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.fixtures.DomainFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Certificates over in-memory ports: the rule at its edges, issuing once, the mail, verification. */
class CertificateServiceTest {

    private final InMemorySeats seats = new InMemorySeats(List.of());
    private final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository(id ->
            java.util.Optional.empty());
    private final InMemoryCertificates certificates = new InMemoryCertificates();
    private final InMemoryAttendanceTotals attendance = new InMemoryAttendanceTotals();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final CertificateRendererPort renderer = (d, out) -> out.write(("PDF " + d.fullName() + " " + d.code()
            + " " + d.verificationUrl()).getBytes(StandardCharsets.UTF_8));
    private final CertificateService service = new CertificateService(conferences, seats, certificates, attendance,
            renderer, outbox, seats, () -> Instant.parse("2021-11-22T10:00:00Z"), "https://synedrio.example.gr/");
    private final RegistrationService registrations = new RegistrationService(seats, seats, seats, seats,
            () -> Instant.parse("2021-11-01T08:00:00Z"), new InMemoryOutbox(), seats, new RegistrationMails("https://x"));

    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void edition() {
        conferences.add(DomainFixtures.plannedConference());
        for (String[] p : new String[][] {{"Ελένη Ζαχαρίου", "eleni@sch.gr"}, {"Άγγελος Βλάχος", "angelos@sch.gr"},
                {"Σοφία Ιωάννου-Κατσαρού", "sofia@sch.gr"}, {"Χρήστος Ψαράς", "christos@sch.gr"}}) {
            registrations.register(new RegisterCommand(7, new RegistrationData(p[0], p[1], "1ο Γυμνάσιο Βόλου",
                    null, "secondary", true, null)));
        }
        seats.listAll(DomainFixtures.EDITION).forEach(r -> ids.add(r.id()));
    }

    private Candidate candidate(String name) {
        return service.preview(7).candidates().stream().filter(c -> c.fullName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void exactlyAtTheThresholdQualifiesAndAMinuteShortMissesByOne() {
        service.setRule(new SetRuleCommand(7, 30, null, null));
        attendance.attended(ids.get(0), Map.of("talk", 30L), 1)
                .attended(ids.get(1), Map.of("talk", 29L), 2)
                .attended(ids.get(2), Map.of("workshop", 20L, "keynote", 15L), 2);

        assertThat(candidate("Ελένη Ζαχαρίου").eligible()).isTrue();
        assertThat(candidate("Ελένη Ζαχαρίου").minutesShort()).isZero();
        assertThat(candidate("Άγγελος Βλάχος").eligible()).isFalse();
        assertThat(candidate("Άγγελος Βλάχος").minutesShort()).isEqualTo(1);
        assertThat(candidate("Σοφία Ιωάννου-Κατσαρού").countedMinutes()).isEqualTo(35);
        assertThat(candidate("Χρήστος Ψαράς").minutesShort()).as("attended nothing").isEqualTo(30);
        assertThat(service.preview(7).candidates()).extracting(Candidate::fullName).containsExactly(
                "Ελένη Ζαχαρίου", "Σοφία Ιωάννου-Κατσαρού", "Άγγελος Βλάχος", "Χρήστος Ψαράς");
    }

    @Test
    void onlyTheNamedKindsCountAndTheSessionsToo() {
        service.setRule(new SetRuleCommand(7, 45, 2, List.of("Workshop")));
        attendance.attended(ids.get(0), Map.of("workshop", 45L, "talk", 100L), 2)
                .attended(ids.get(1), Map.of("workshop", 44L, "talk", 100L), 3)
                .attended(ids.get(2), Map.of("workshop", 90L), 1);

        assertThat(service.rule(7).kinds()).containsExactly("workshop");
        assertThat(candidate("Ελένη Ζαχαρίου").eligible()).isTrue();
        assertThat(candidate("Άγγελος Βλάχος").minutesShort()).isEqualTo(1);
        assertThat(candidate("Σοφία Ιωάννου-Κατσαρού").eligible()).isFalse();
        assertThat(candidate("Σοφία Ιωάννου-Κατσαρού").sessionsShort()).isEqualTo(1);

        service.setRule(new SetRuleCommand(7, null, 1, null));
        assertThat(service.rule(7).minMinutes()).as("kept").isEqualTo(45);
        assertThat(candidate("Σοφία Ιωάννου-Κατσαρού").eligible()).isTrue();
    }

    @Test
    void issuingTwiceIssuesNothingNewAndLaterAttendanceOnlyTheNewOnesEachMailedOnce() {
        service.setRule(new SetRuleCommand(7, 30, null, null));
        attendance.attended(ids.get(0), Map.of("talk", 60L), 2).attended(ids.get(1), Map.of("talk", 10L), 1);

        assertThat(service.issue(7)).isEqualTo(new IssueReport(1, 0, 3));
        assertThat(service.issue(7)).isEqualTo(new IssueReport(0, 1, 3));
        assertThat(outbox.messages).hasSize(1);

        attendance.attended(ids.get(1), Map.of("talk", 31L), 1);
        assertThat(service.issue(7)).isEqualTo(new IssueReport(1, 1, 2));
        assertThat(certificates.certificates).hasSize(2);
        assertThat(outbox.messages).hasSize(2);

        MailMessage mail = outbox.messages.get(0);
        String code = certificates.certificates.get(0).code().value();
        assertThat(mail.recipient()).isEqualTo("eleni@sch.gr");
        assertThat(mail.kind()).isEqualTo("certificate");
        assertThat(mail.subject()).isEqualTo("Βεβαίωση παρακολούθησης: 7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(mail.text()).contains("Αγαπητή/Αγαπητέ Ελένη Ζαχαρίου", "1 ώρα σε 2 συνεδρίες", code,
                "https://synedrio.example.gr/verify/" + code);
        assertThat(mail.attachment()).isEqualTo("certificate:" + code);
        assertThat(new String(service.resolve(mail.attachment()).orElseThrow().content(), StandardCharsets.UTF_8))
                .isEqualTo("PDF Ελένη Ζαχαρίου " + code + " https://synedrio.example.gr/verify/" + code);
        assertThat(certificates.certificates).extracting(c -> c.code().value())
                .allMatch(c -> c.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"));
    }

    @Test
    void withoutARuleNothingIsIssuedAndTheOperatorIsToldHowToSetOne() {
        assertThatThrownBy(() -> service.issue(7)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("certificates rule 7 --min-minutes");
        assertThatThrownBy(() -> service.setRule(new SetRuleCommand(7, 0, 0, null)))
                .hasMessageContaining("at least one minute or one session");
    }

    @Test
    void aCodeVerifiesTypedInAnyCaseAWrongOneIsNotFoundAndARevokedOneSaysSoAndIsNotMailed() throws Exception {
        service.setRule(new SetRuleCommand(7, 1, null, null));
        attendance.attended(ids.get(2), Map.of("talk", 125L), 3);
        service.issue(7);
        String code = certificates.certificates.get(0).code().value();

        CertificateView v = service.verify(code.toLowerCase().replace("-", " "));
        assertThat(v.fullName()).isEqualTo("Σοφία Ιωάννου-Κατσαρού");
        assertThat(v.editionTitle()).isEqualTo("7ο Πανελλήνιο Συνέδριο eTwinning");
        assertThat(v.minutes()).isEqualTo(125);
        assertThat(v.revoked()).isFalse();
        assertThatThrownBy(() -> service.verify("2222-2222-2222")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.verify("<script>")).isInstanceOf(NotFoundException.class);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        service.pdf(code, pdf);
        assertThat(pdf.toString(StandardCharsets.UTF_8)).startsWith("PDF Σοφία Ιωάννου-Κατσαρού");

        CertificateView revoked = service.revoke(code, "διπλή εγγραφή");
        assertThat(revoked.revoked()).isTrue();
        assertThat(service.verify(code).revokeReason()).isEqualTo("διπλή εγγραφή");
        assertThat(service.resolve("certificate:" + code)).isEmpty();
    }

    @Test
    void exportHandsEveryPdfInOrderOfIssue() throws Exception {
        service.setRule(new SetRuleCommand(7, 1, null, null));
        for (long id : ids) {
            attendance.attended(id, Map.of("talk", 60L), 1);
        }
        service.issue(7);
        List<String> names = new ArrayList<>();
        int n = service.export(7, (fileName, pdf) -> names.add(fileName + " " + new String(pdf,
                StandardCharsets.UTF_8).split(" ")[1]));
        assertThat(n).isEqualTo(4);
        assertThat(names).containsExactlyElementsOf(certificates.certificates.stream()
                .map(c -> c.code().value() + ".pdf " + c.fullName().split(" ")[0]).toList());
    }
}
