import gr.etwinning.synedrio.adapter.out.files.pdf.CertificateTemplate;
import gr.etwinning.synedrio.adapter.out.files.pdf.PdfCertificateRenderer;
import gr.etwinning.synedrio.adapter.out.mail.SmtpMailSender;
import gr.etwinning.synedrio.adapter.out.mail.SmtpSettings;
import gr.etwinning.synedrio.adapter.out.persistence.Database;
import gr.etwinning.synedrio.adapter.out.persistence.DatabaseSettings;
import gr.etwinning.synedrio.adapter.out.persistence.FlywaySchema;
import gr.etwinning.synedrio.adapter.out.persistence.JooqCertificateRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqConferenceRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqOutbox;
import gr.etwinning.synedrio.adapter.out.persistence.JooqPersonRepository;
import gr.etwinning.synedrio.adapter.out.persistence.JooqRegistrationRepository;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateRuleUseCase.SetRuleCommand;
import gr.etwinning.synedrio.application.port.in.certificate.IssueCertificatesUseCase.IssueReport;
import gr.etwinning.synedrio.application.port.in.certificate.RenderCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.mail.SendMailUseCase.SendReport;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.application.service.certificate.CertificateService;
import gr.etwinning.synedrio.application.service.mail.MailDeliveryService;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDay;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.registration.ParticipantDetails;
import gr.etwinning.synedrio.domain.registration.Registration;
import gr.etwinning.synedrio.domain.school.School;

import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * bench/certificates.sh's measuring side: a generated edition of N registered participants (Greek names, each with
 * attendance above the rule) in an embedded H2 database, then, timed: issuing (certificates and their outbox mails in
 * one transaction), rendering every PDF into a ZIP (in parallel, as {@code certificates export} does), and
 * delivering the outbox to the SMTP sink (each mail renders its PDF attachment) with S senders in parallel.
 */
public final class CertificatesBench {

    static final String[] FIRST = {"Αικατερίνη", "Γεώργιος", "Μαρία", "Ιωάννης", "Ελένη", "Κωνσταντίνος",
        "Σοφία", "Δημήτριος", "Παναγιώτα", "Νικόλαος", "Ευαγγελία", "Χαράλαμπος"};
    static final String[] LAST = {"Παπαδοπούλου", "Καλογεροπούλου", "Θεοδώρου-Ψαρρά", "Ζαχαρίου", "Αλεξίου",
        "Κωνσταντινίδου", "Βλάχου", "Ιωαννίδη", "Σταματίου", "Χριστοδούλου", "Μαυρίδου"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int smtpPort = Integer.parseInt(args[1]);
        int senders = Integer.parseInt(args[2]);
        Path dir = Path.of(args[3]);
        EditionNumber edition = EditionNumber.of(99);
        ClockPort clock = Instant::now;
        try (Database db = new Database(new DatabaseSettings("jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath(),
                "sa", ""), 8)) {
            new FlywaySchema(db).ensureCurrent();
            JooqConferenceRepository conferences = new JooqConferenceRepository(db, new JooqPersonRepository(db));
            JooqRegistrationRepository registrations = new JooqRegistrationRepository(db);
            LocalDate start = LocalDate.of(2025, 11, 21);
            long t = System.nanoTime();
            db.inTransaction(() -> {
                conferences.add(Conference.plan(edition, new ConferenceDetails("11ο Πανελλήνιο Συνέδριο eTwinning",
                        null, start, start.plusDays(2), ConferenceMode.ONLINE, "Εθνική Υπηρεσία Υποστήριξης eTwinning",
                        null, ZoneId.of("Europe/Athens"), List.of(new ConferenceDay(start, "Ημέρα 1")))));
                for (int i = 0; i < n; i++) {
                    String code = String.format("bench%017d", i);
                    registrations.add(new Registration(null, edition, new ConfirmationCode(code),
                            new ParticipantDetails(FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length],
                                    new EmailAddress("teacher" + i + "@sch.gr"), School.named((i % 90 + 1)
                                    + "ο Γυμνάσιο Αθηνών"), null, EducationLevel.SECONDARY, clock.now()),
                            clock.now(), clock.now()));
                }
                return null;
            });
            System.out.printf("setup: edition 99 with %d registered participants in %.1f s%n", n,
                    (System.nanoTime() - t) / 1e9);
            List<AttendanceTotals.ParticipantAttendance> attended = new ArrayList<>();
            db.inTransaction(() -> {
                registrations.listAll(edition).forEach(r -> attended.add(new AttendanceTotals.ParticipantAttendance(
                        r.id(), r.details().email().value(), 60 + r.id() % 240, Map.of("workshop", 45L,
                        "talk", 15 + r.id() % 240), 2 + (int) (r.id() % 5))));
                return null;
            });
            JooqOutbox outbox = new JooqOutbox(db);
            PdfCertificateRenderer renderer = new PdfCertificateRenderer(CertificateTemplate.builtIn());
            CertificateService certificates = new CertificateService(conferences, registrations,
                    new JooqCertificateRepository(db), e -> attended, renderer, outbox, db, clock,
                    "https://synedrio.etwinning.gr");
            certificates.setRule(new SetRuleCommand(99, 30, 1, null));

            t = System.nanoTime();
            IssueReport issued = certificates.issue(99);
            double issueSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("issue: %d certificates (and %d outbox mails) in one transaction in %.2f s: %.0f/s%n",
                    issued.issued(), issued.issued(), issueSeconds, issued.issued() / issueSeconds);
            if (issued.issued() != n) {
                throw new IllegalStateException("issued " + issued.issued() + " of " + n);
            }
            IssueReport again = certificates.issue(99);
            System.out.printf("issue again: %d new, %d held already%n", again.issued(), again.alreadyHeld());

            Path zip = dir.resolve("certificates.zip");
            long[] bytes = {0};
            t = System.nanoTime();
            int rendered;
            try (ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
                z.setLevel(0);
                rendered = certificates.export(99, new RenderCertificatesUseCase.Sink() {
                    @Override
                    public void accept(String fileName, byte[] pdf) throws java.io.IOException {
                        z.putNextEntry(new ZipEntry(fileName));
                        z.write(pdf);
                        z.closeEntry();
                        bytes[0] += pdf.length;
                    }
                });
            }
            double renderSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("render: %d PDFs in %.2f s: %.0f PDFs/s on %d threads, %.1f kB each, heap max %d MB%n",
                    rendered, renderSeconds, rendered / renderSeconds, Runtime.getRuntime().availableProcessors(),
                    bytes[0] / 1024.0 / rendered, Runtime.getRuntime().maxMemory() >> 20);

            SmtpMailSender smtp = new SmtpMailSender(SmtpSettings.plain("127.0.0.1", smtpPort,
                    "Συνέδριο eTwinning <synedrio@example.gr>"));
            ExecutorService pool = Executors.newFixedThreadPool(senders);
            t = System.nanoTime();
            List<Future<SendReport>> runs = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                MailDeliveryService sender = new MailDeliveryService(outbox, smtp, certificates, db, clock,
                        Duration.ofMinutes(5));
                runs.add(pool.submit(sender::sendDue));
            }
            int sent = 0;
            for (Future<SendReport> f : runs) {
                SendReport r = f.get();
                if (r.serverTrouble()) {
                    throw new IllegalStateException(r.stoppedBecause());
                }
                sent += r.sent();
            }
            pool.shutdown();
            double mailSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("mail: %d mails with the PDF attached delivered by %d senders in %.2f s: %.0f mails/s%n",
                    sent, senders, mailSeconds, sent / mailSeconds);
        }
    }
}
