package gr.etwinning.synedrio.application.service.cfp;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase;
import gr.etwinning.synedrio.application.port.out.cfp.ReviewRepository;
import gr.etwinning.synedrio.application.port.out.cfp.StoredAssignment;
import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.port.out.cfp.SubmissionRepository;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.mail.MailMessage;
import gr.etwinning.synedrio.application.port.out.mail.Outbox;
import gr.etwinning.synedrio.application.port.out.person.PersonRepository;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.cfp.Review;
import gr.etwinning.synedrio.domain.cfp.SubmissionStatus;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The committee's decisions. Accepting places the submission in the programme (see {@link Placement}); rejecting
 * an accepted one takes it out again. Each decision queues one mail per author, with the reviewers' comments to the
 * authors (never their names, never the comments to the committee).
 */
@Singleton
public final class DecisionService implements DecideUseCase {

    private final ConferenceRepository conferences;
    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final Outbox outbox;
    private final CfpMails mails;
    private final Placement placement;

    @Inject
    public DecisionService(ConferenceRepository conferences, PersonRepository persons,
                           SubmissionRepository submissions, ReviewRepository reviews, TransactionPort transactions,
                           ClockPort clock, Outbox outbox, CfpMails mails) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.submissions = Objects.requireNonNull(submissions, "'submissions' must not be null");
        this.reviews = Objects.requireNonNull(reviews, "'reviews' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
        this.mails = Objects.requireNonNull(mails, "'mails' must not be null");
        this.placement = new Placement(conferences, persons);
    }

    @Override
    public DecisionData decide(DecideCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        ContributionKind asKind = command.as() == null ? null : kind(command.as());
        if (!command.accept() && (command.as() != null || command.session() != null)) {
            throw new InvalidValueException("as", "--as and --session go with accept only");
        }
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            if (!conferences.exists(edition)) {
                throw ConferenceService.notFound(edition);
            }
            StoredSubmission s = submissions.lockByNumber(edition, command.number())
                    .orElseThrow(() -> new NotFoundException("submission", "edition " + edition
                            + " has no submission " + command.number()));
            if (s.status() == SubmissionStatus.WITHDRAWN) {
                throw new RuleViolationException("status", "withdrawn-not-decided", "submission " + s.number()
                        + " was withdrawn by its authors: there is nothing to decide");
            }
            List<Review> done = reviews.assignments(edition).stream().filter(a -> a.submissionId() == s.id())
                    .map(StoredAssignment::review).filter(Objects::nonNull).toList();
            StoredSubmission decided;
            String sessionTitle = null;
            if (command.accept()) {
                ContributionKind kind = asKind != null ? asKind : s.content().type().contributionKind();
                String session = command.session() != null ? command.session()
                        : s.status() == SubmissionStatus.ACCEPTED && asKind == null ? s.session() : null;
                Placement.Placed placed = placement.place(s, kind, session);
                sessionTitle = placed.sessionTitle();
                decided = s.withStatus(SubmissionStatus.ACCEPTED, kind.name().toLowerCase(Locale.ROOT),
                        placed.session(), placed.contribution(), placed.persons(), now);
            } else {
                if (s.status() == SubmissionStatus.ACCEPTED) {
                    placement.remove(s);
                }
                decided = s.withStatus(SubmissionStatus.REJECTED, null, null, null, s.authorPersons(), now);
            }
            submissions.update(decided);
            List<MailMessage> messages = mails.decision(decided, done.stream().map(Review::toAuthors)
                    .filter(Objects::nonNull).toList(), sessionTitle);
            outbox.enqueueAll(messages, now);
            return new DecisionData(edition.value(), decided.number(), decided.content().title(),
                    decided.status().code(), decided.decidedAs(), decided.session(), decided.contribution(),
                    ReviewService.mean(done), messages.size());
        });
    }

    @Override
    public List<RankedSubmission> decisions(int edition) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            if (!conferences.exists(e)) {
                throw ConferenceService.notFound(e);
            }
            Map<Long, List<Review>> byId = new HashMap<>();
            for (StoredAssignment a : reviews.assignments(e)) {
                if (a.review() != null) {
                    byId.computeIfAbsent(a.submissionId(), k -> new ArrayList<>()).add(a.review());
                }
            }
            List<Row> rows = new ArrayList<>();
            for (StoredSubmission s : submissions.list(e)) {
                if (s.status() == SubmissionStatus.WITHDRAWN) {
                    continue;
                }
                List<Review> done = byId.getOrDefault(s.id(), List.of());
                rows.add(new Row(s, done, ReviewService.mean(done)));
            }
            rows.sort(Comparator.comparingDouble((Row r) -> r.mean() == null ? -1 : r.mean()).reversed()
                    .thenComparingInt(r -> r.s().number()));
            List<RankedSubmission> ranked = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                ranked.add(new RankedSubmission(i + 1, r.s().number(), r.s().content().title(),
                        r.s().content().type().code(), Submissions.level(r.s().content().level()), r.done().size(),
                        r.mean(), r.done().stream().map(x -> x.recommendation().code()).toList(),
                        r.s().status().code(), r.s().decidedAs(), r.s().session()));
            }
            return ranked;
        });
    }

    private record Row(StoredSubmission s, List<Review> done, Double mean) {
    }

    private static ContributionKind kind(String as) {
        return switch (as.strip().toLowerCase(Locale.ROOT)) {
            case "talk" -> ContributionKind.TALK;
            case "workshop" -> ContributionKind.WORKSHOP;
            case "scientific-announcement" -> ContributionKind.SCIENTIFIC_ANNOUNCEMENT;
            default -> throw new InvalidValueException("as", "--as '" + as + "' is neither talk nor workshop");
        };
    }
}
