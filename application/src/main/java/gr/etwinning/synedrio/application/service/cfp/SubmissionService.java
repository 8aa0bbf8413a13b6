package gr.etwinning.synedrio.application.service.cfp;

import gr.etwinning.synedrio.application.port.in.cfp.CallData;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionData;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionView;
import gr.etwinning.synedrio.application.port.in.cfp.SubmitUseCase;
import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.port.out.cfp.SubmissionRepository;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.cfp.CallForPapers;
import gr.etwinning.synedrio.domain.cfp.PaperContent;
import gr.etwinning.synedrio.domain.cfp.SubmissionContent;
import gr.etwinning.synedrio.domain.cfp.SubmissionStatus;
import gr.etwinning.synedrio.domain.cfp.SubmissionType;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The call for papers and its submissions. As with registrations, the private code is the submitter's key: it is
 * mailed to the contact author in the submission's own transaction and never answered. The server's clock decides
 * whether the deadline has passed.
 */
@Singleton
public final class SubmissionService implements CallForPapersUseCase, SubmitUseCase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConferenceRepository conferences;
    private final SubmissionRepository submissions;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final Outbox outbox;
    private final CfpMails mails;
    private final Placement placement;

    @Inject
    public SubmissionService(ConferenceRepository conferences, PersonRepository persons,
                             SubmissionRepository submissions, TransactionPort transactions, ClockPort clock,
                             Outbox outbox, CfpMails mails) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.submissions = Objects.requireNonNull(submissions, "'submissions' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
        this.mails = Objects.requireNonNull(mails, "'mails' must not be null");
        this.placement = new Placement(conferences, persons);
    }

    @Override
    public CallData open(OpenCallCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        if (command.until() == null) {
            throw new InvalidValueException("until", "the deadline is missing (--until 2026-12-15T23:59)");
        }
        Instant deadline = command.until().atZone(CallForPapers.ATHENS).toInstant();
        Set<SubmissionType> types = EnumSet.noneOf(SubmissionType.class);
        for (String t : command.types() == null ? List.of("paper", "workshop") : command.types()) {
            types.add(SubmissionType.of(t, "types"));
        }
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            Conference c = conference(edition);
            CallForPapers old = submissions.findCall(edition).orElse(null);
            List<String> criteria = command.criteria() != null ? command.criteria()
                    : old != null ? old.criteria() : CallForPapers.DEFAULT_CRITERIA;
            int words = command.maxWords() != null ? command.maxWords() : old != null ? old.maxWords() : 3000;
            CallForPapers call = new CallForPapers(edition, deadline, types, words, criteria, false);
            submissions.saveCall(call, now);
            return Submissions.callData(call, c.details().title(), now);
        });
    }

    @Override
    public CallData close(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            Conference c = conference(number);
            CallForPapers old = requireCall(number);
            CallForPapers closed = new CallForPapers(number, old.deadline(), old.types(), old.maxWords(),
                    old.criteria(), true);
            submissions.saveCall(closed, now);
            return Submissions.callData(closed, c.details().title(), now);
        });
    }

    @Override
    public CallData call(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        Instant now = clock.now();
        return transactions.inTransaction(() -> Submissions.callData(requireCall(number),
                conference(number).details().title(), now));
    }

    @Override
    public SubmissionView submit(int edition, SubmissionData data) {
        EditionNumber number = EditionNumber.of(edition);
        SubmissionContent content = Submissions.content(data);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            // The call's row first: submissions of an edition take their numbers in turn, and on MariaDB a read
            // before the lock would fix the transaction's snapshot before the previous number was committed.
            CallForPapers call = submissions.lockCall(number).orElseThrow(() -> {
                conference(number);
                return noCall(number);
            });
            call.requireOpen(now);
            call.check(content);
            StoredSubmission added = submissions.add(new StoredSubmission(0, number,
                    submissions.nextNumber(number), newCode(), content, SubmissionStatus.SUBMITTED, null, null, null,
                    null, null, now, now, now));
            outbox.enqueue(mails.submitted(added, call), now);
            return Submissions.view(added, call, now, true);
        });
    }

    @Override
    public SubmissionView getSubmission(String code) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            StoredSubmission s = submissions.findByCode(code(code)).orElseThrow(Submissions::unknownCode);
            return Submissions.view(s, submissions.findCall(s.edition()).orElse(null), now, true);
        });
    }

    @Override
    public SubmissionView updateSubmission(String code, SubmissionData data) {
        SubmissionContent content = Submissions.content(data);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            StoredSubmission s = submissions.lockByCode(code(code)).orElseThrow(Submissions::unknownCode);
            CallForPapers call = requireCall(s.edition());
            requireChangeable(s, call, now);
            call.check(content);
            StoredSubmission changed = s.with(content, now);
            if (s.status() == SubmissionStatus.ACCEPTED) {
                // an accepted submission is a contribution of the programme: it follows the change
                Placement.Placed placed = placement.place(changed, ContributionKind.valueOf(
                        s.decidedAs().toUpperCase(java.util.Locale.ROOT)), s.session());
                changed = changed.withStatus(s.status(), s.decidedAs(), placed.session(), placed.contribution(),
                        placed.persons(), now);
            } else {
                // nothing to place yet
            }
            submissions.update(changed);
            return Submissions.view(changed, call, now, true);
        });
    }

    @Override
    public SubmissionView uploadPaper(String code, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException("paper", "the file is empty: send the full text (PDF or DOCX) as the "
                    + "body");
        }
        if (content.length > MAX_PAPER_BYTES) {
            throw new InvalidValueException("paper", "the file has " + content.length + " bytes; at most "
                    + MAX_PAPER_BYTES + " (10 MiB)");
        }
        String type = PaperContent.typeOf(content).orElseThrow(() -> new InvalidValueException("paper",
                "the file is neither a PDF nor a DOCX document (judged by its content, not its name)"));
        String sha = sha256(content);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            StoredSubmission s = submissions.lockByCode(code(code)).orElseThrow(Submissions::unknownCode);
            CallForPapers call = requireCall(s.edition());
            requireChangeable(s, call, now);
            submissions.savePaper(sha, type, content, now);
            StoredSubmission changed = s.withPaper(new StoredSubmission.Paper(sha, type, content.length, now), now);
            submissions.update(changed);
            return Submissions.view(changed, call, now, true);
        });
    }

    @Override
    public SubmissionView withdraw(String code) {
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            StoredSubmission s = submissions.lockByCode(code(code)).orElseThrow(Submissions::unknownCode);
            if (s.status().decided()) {
                throw new RuleViolationException("status", "withdraw-before-decision", "submission " + s.number()
                        + " is " + s.status().code() + ": a submission is withdrawn before the decision only");
            }
            StoredSubmission withdrawn = s;
            if (s.status() != SubmissionStatus.WITHDRAWN) {
                withdrawn = s.withStatus(SubmissionStatus.WITHDRAWN, null, null, null, s.authorPersons(), now);
                submissions.update(withdrawn);
            }
            return Submissions.view(withdrawn, submissions.findCall(s.edition()).orElse(null), now, true);
        });
    }

    @Override
    public List<SubmissionView> listSubmissions(int edition) {
        EditionNumber number = EditionNumber.of(edition);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            conference(number);
            CallForPapers call = submissions.findCall(number).orElse(null);
            return submissions.list(number).stream().map(s -> Submissions.view(s, call, now, true)).toList();
        });
    }

    private static void requireChangeable(StoredSubmission s, CallForPapers call, Instant now) {
        if (s.status() == SubmissionStatus.WITHDRAWN) {
            throw new RuleViolationException("status", "withdrawn-stays-withdrawn", "submission " + s.number()
                    + " was withdrawn: it cannot be changed");
        }
        if (s.status() == SubmissionStatus.REJECTED) {
            throw new RuleViolationException("status", "decision-made", "submission " + s.number()
                    + " was not accepted: it cannot be changed");
        }
        call.requireOpen(now);
    }

    private Conference conference(EditionNumber edition) {
        return conferences.find(edition).orElseThrow(() -> ConferenceService.notFound(edition));
    }

    private CallForPapers requireCall(EditionNumber edition) {
        return submissions.findCall(edition).orElseThrow(() -> noCall(edition));
    }

    static RuleViolationException noCall(EditionNumber edition) {
        return new RuleViolationException("call", "call-open", "edition " + edition + " has no call for papers: "
                + "an operator opens one with 'synedrio cfp open " + edition + " --until DATETIME'");
    }

    /** The code as given, or "not found" for anything that cannot be one: a guess learns nothing more. */
    static String code(String value) {
        try {
            return new ConfirmationCode(value).value();
        } catch (InvalidValueException e) {
            throw Submissions.unknownCode();
        }
    }

    private static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
