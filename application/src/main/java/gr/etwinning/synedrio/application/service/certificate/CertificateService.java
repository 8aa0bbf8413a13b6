package gr.etwinning.synedrio.application.service.certificate;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateRuleUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.CertificateView;
import gr.etwinning.synedrio.application.port.in.certificate.IssueCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.PreviewCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.RenderCertificatesUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.RevokeCertificateUseCase;
import gr.etwinning.synedrio.application.port.in.certificate.VerifyCertificateUseCase;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals;
import gr.etwinning.synedrio.application.port.out.certificate.AttendanceTotals.ParticipantAttendance;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRendererPort;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRendererPort.CertificateDocument;
import gr.etwinning.synedrio.application.port.out.certificate.CertificateRepository;
import gr.etwinning.synedrio.application.port.out.mail.MailAttachments;
import gr.etwinning.synedrio.application.port.out.mail.MailSenderPort;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.certificate.Certificate;
import gr.etwinning.synedrio.domain.certificate.EligibilityRule;
import gr.etwinning.synedrio.domain.certificate.VerificationCode;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.registration.Registration;
import gr.etwinning.synedrio.domain.text.GreekDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Certificates of attendance: the edition's rule decides from what the meeting platforms recorded; issuing gives
 * every eligible registered participant one certificate with an unguessable code and writes its mail into the
 * outbox in the same transaction; the PDF is drawn whenever it is needed (export, mail, {@code certificates pdf})
 * from the stored certificate and the operator's template, so it never needs storing.
 */
public final class CertificateService implements CertificateRuleUseCase, PreviewCertificatesUseCase,
        IssueCertificatesUseCase, VerifyCertificateUseCase, RevokeCertificateUseCase, RenderCertificatesUseCase,
        MailAttachments {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private final ConferenceRepository conferences;
    private final RegistrationRepository registrations;
    private final CertificateRepository certificates;
    private final AttendanceTotals attendance;
    private final CertificateRendererPort renderer;
    private final Outbox outbox;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final String publicUrl;
    private final int threads;

    public CertificateService(ConferenceRepository conferences, RegistrationRepository registrations,
                              CertificateRepository certificates, AttendanceTotals attendance,
                              CertificateRendererPort renderer, Outbox outbox, TransactionPort transactions,
                              ClockPort clock, String publicUrl) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
        this.certificates = Objects.requireNonNull(certificates, "'certificates' must not be null");
        this.attendance = Objects.requireNonNull(attendance, "'attendance' must not be null");
        this.renderer = Objects.requireNonNull(renderer, "'renderer' must not be null");
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        Objects.requireNonNull(publicUrl, "'publicUrl' must not be null");
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** A new code of 60 random bits. */
    static VerificationCode newCode() {
        return VerificationCode.of(RANDOM.nextLong());
    }

    public String verificationUrl(VerificationCode code) {
        return publicUrl + "/verify/" + code.value();
    }

    // ---- the rule

    @Override
    public RuleData setRule(SetRuleCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            requireEdition(edition);
            Optional<EligibilityRule> old = certificates.rule(edition);
            EligibilityRule rule = new EligibilityRule(
                    command.minMinutes() != null ? command.minMinutes() : old.map(EligibilityRule::minMinutes).orElse(0),
                    command.minSessions() != null ? command.minSessions()
                            : old.map(EligibilityRule::minSessions).orElse(0),
                    command.kinds() != null ? Set.copyOf(command.kinds()) : old.map(EligibilityRule::kinds)
                            .orElse(Set.of()));
            certificates.saveRule(edition, rule, now);
            return data(edition, rule);
        });
    }

    @Override
    public RuleData rule(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(number);
            return certificates.rule(number).map(r -> data(number, r)).orElse(null);
        });
    }

    private static RuleData data(EditionNumber edition, EligibilityRule r) {
        return new RuleData(edition.value(), r.minMinutes(), r.minSessions(), r.kinds().stream().sorted().toList());
    }

    private static RuleViolationException noRule(EditionNumber edition) {
        return new RuleViolationException("edition", "certificate-rule-set", "edition " + edition + " has no eligibility rule "
                + "yet: set one with synedrio certificates rule " + edition + " --min-minutes N");
    }

    // ---- preview and issue

    private record Judged(Registration registration, EligibilityRule.Standing standing) {
    }

    private List<Judged> judge(EditionNumber edition, EligibilityRule rule) {
        Map<Long, ParticipantAttendance> attended = attendance.totals(edition).stream()
                .collect(Collectors.toMap(ParticipantAttendance::registrationId, Function.identity(), (a, b) -> a));
        List<Judged> judged = new ArrayList<>();
        for (Registration r : registrations.listAll(edition)) {
            ParticipantAttendance a = attended.get(r.id());
            EligibilityRule.Standing s = a == null ? rule.judge(0, Map.of(), 0)
                    : rule.judge(a.totalMinutes(), a.minutesByKind(), a.sessions());
            judged.add(new Judged(r, s));
        }
        return judged;
    }

    @Override
    public Preview preview(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(number);
            EligibilityRule rule = certificates.rule(number).orElseThrow(() -> noRule(number));
            Set<Long> issued = certificates.certified(number);
            Collator greek = Collator.getInstance(Locale.forLanguageTag("el"));
            List<Candidate> candidates = judge(number, rule).stream().map(j -> new Candidate(j.registration().id(),
                    j.registration().details().fullName(), j.standing().countedMinutes(), j.standing().sessions(),
                    j.standing().eligible(), j.standing().minutesShort(), j.standing().sessionsShort(),
                    issued.contains(j.registration().id())))
                    .sorted(Comparator.comparing((Candidate c) -> !c.eligible())
                            .thenComparing(Candidate::fullName, greek))
                    .toList();
            return new Preview(data(number, rule), candidates);
        });
    }

    @Override
    public IssueReport issue(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            Conference conference = conferences.find(number).orElseThrow(() -> ConferenceService.notFound(number));
            EligibilityRule rule = certificates.lockRule(number).orElseThrow(() -> noRule(number));
            Set<Long> held = certificates.certified(number);
            Set<String> codes = new HashSet<>();
            List<Certificate> fresh = new ArrayList<>();
            List<gr.etwinning.synedrio.application.port.out.mail.MailMessage> mails = new ArrayList<>();
            int already = 0;
            int notEligible = 0;
            for (Judged j : judge(number, rule)) {
                if (!j.standing().eligible()) {
                    notEligible++;
                    continue;
                }
                Registration r = j.registration();
                if (held.contains(r.id())) {
                    already++;
                    continue;
                }
                VerificationCode code = newCode();
                while (!codes.add(code.value())) {
                    code = newCode();
                }
                Certificate c = new Certificate(null, number, r.id(), code, r.details().fullName(),
                        j.standing().countedMinutes(), j.standing().sessions(), now, null, null);
                fresh.add(c);
                ConferenceDetails d = conference.details();
                mails.add(CertificateTexts.mail(c, r.details().email().value(), d.title(), d.organiser(),
                        verificationUrl(code)));
            }
            certificates.addAll(fresh);
            outbox.enqueueAll(mails, now);
            return new IssueReport(fresh.size(), already, notEligible);
        });
    }

    // ---- verification and revocation

    private Certificate find(String code) {
        VerificationCode parsed;
        try {
            parsed = VerificationCode.parse(code);
        } catch (InvalidValueException e) {
            throw unknown();
        }
        return certificates.find(parsed).orElseThrow(CertificateService::unknown);
    }

    private static NotFoundException unknown() {
        return new NotFoundException("code", "no certificate has this verification code");
    }

    @Override
    public CertificateView verify(String code) {
        return transactions.inTransaction(() -> view(find(code)));
    }

    @Override
    public CertificateView revoke(String code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "say why the certificate is revoked (--reason)");
        }
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            Certificate c = find(code);
            certificates.revoke(c.code(), reason.strip(), now);
            return view(certificates.find(c.code()).orElseThrow());
        });
    }

    private CertificateView view(Certificate c) {
        String title = conferences.find(c.edition()).map(conf -> conf.details().title()).orElse("");
        return new CertificateView(c.code().value(), c.edition().value(), title, c.fullName(), c.minutes(),
                c.sessions(), c.issuedAt(), c.revoked(), c.revokedAt(), c.revokeReason(), verificationUrl(c.code()));
    }

    // ---- documents

    private CertificateDocument document(Certificate c, ConferenceDetails d) {
        ZoneId zone = d.timeZone() == null ? ATHENS : d.timeZone();
        return new CertificateDocument(d.title(), GreekDates.range(d.startDate(), d.endDate()),
                c.fullName() == null ? "—" : c.fullName(), CertificateTexts.attended(c.minutes(), c.sessions()),
                c.issuedAt().atZone(zone).toLocalDate(), d.organiser(), verificationUrl(c.code()), c.code().value());
    }

    private byte[] render(CertificateDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        try {
            renderer.render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void pdf(String code, OutputStream out) throws IOException {
        CertificateDocument document = transactions.inTransaction(() -> {
            Certificate c = find(code);
            return document(c, conferences.find(c.edition()).orElseThrow(() -> ConferenceService.notFound(
                    c.edition())).details());
        });
        renderer.render(document, out);
    }

    @Override
    public int export(int edition, Sink sink) throws IOException {
        EditionNumber number = EditionNumber.of(edition);
        List<CertificateDocument> documents = transactions.inTransaction(() -> {
            ConferenceDetails d = conferences.find(number).orElseThrow(() -> ConferenceService.notFound(number))
                    .details();
            return certificates.list(number).stream().map(c -> document(c, d)).toList();
        });
        sink.starting(documents.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "synedrio-certificate");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
            int next = 0;
            int written = 0;
            int window = threads * 4;
            while (written < documents.size()) {
                while (next < documents.size() && inFlight.size() < window) {
                    CertificateDocument doc = documents.get(next++);
                    inFlight.add(pool.submit(() -> render(doc)));
                }
                byte[] pdf = await(inFlight.poll());
                sink.accept(documents.get(written).code() + ".pdf", pdf);
                written++;
            }
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] await(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    // ---- mail attachments

    @Override
    public Optional<MailSenderPort.Attachment> resolve(String reference) {
        if (reference == null || !reference.startsWith(CertificateTexts.ATTACHMENT_PREFIX)) {
            return Optional.empty();
        }
        String code = reference.substring(CertificateTexts.ATTACHMENT_PREFIX.length());
        Optional<CertificateDocument> document = transactions.inTransaction(() -> {
            Optional<Certificate> c;
            try {
                c = certificates.find(VerificationCode.parse(code));
            } catch (InvalidValueException e) {
                return Optional.empty();
            }
            // A revoked (or erased) certificate is not sent: the mail then fails for good, with the reason.
            return c.filter(cert -> !cert.revoked() && cert.fullName() != null)
                    .flatMap(cert -> conferences.find(cert.edition()).map(conf -> document(cert, conf.details())));
        });
        return document.map(d -> new MailSenderPort.Attachment("certificate-" + d.code() + ".pdf",
                "application/pdf", render(d)));
    }

    private void requireEdition(EditionNumber edition) {
        if (!conferences.exists(edition)) {
            throw ConferenceService.notFound(edition);
        }
    }
}
