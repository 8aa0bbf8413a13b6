package gr.etwinning.synedrio.application.service.cfp;

import gr.etwinning.synedrio.application.ForbiddenException;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import gr.etwinning.synedrio.application.port.in.cfp.BlindSubmission;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewData;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewerData;
import gr.etwinning.synedrio.application.port.out.auth.TokenRepository;
import gr.etwinning.synedrio.application.port.out.cfp.ReviewRepository;
import gr.etwinning.synedrio.application.port.out.cfp.StoredAssignment;
import gr.etwinning.synedrio.application.port.out.cfp.StoredSubmission;
import gr.etwinning.synedrio.application.port.out.cfp.SubmissionRepository;
import gr.etwinning.synedrio.application.port.out.common.ClockPort;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.service.conference.ConferenceService;
import gr.etwinning.synedrio.application.service.registration.Registrations;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.cfp.CallForPapers;
import gr.etwinning.synedrio.domain.cfp.Recommendation;
import gr.etwinning.synedrio.domain.cfp.Review;
import gr.etwinning.synedrio.domain.cfp.ReviewAssignment;
import gr.etwinning.synedrio.domain.cfp.ReviewAssignment.Candidate;
import gr.etwinning.synedrio.domain.cfp.ReviewAssignment.Pair;
import gr.etwinning.synedrio.domain.cfp.ReviewAssignment.Plan;
import gr.etwinning.synedrio.domain.cfp.Reviewer;
import gr.etwinning.synedrio.domain.cfp.SubmissionStatus;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reviewers, the assignment of submissions to them and their double-blind reviews. A reviewer sees only what is
 * assigned to them, and of it nothing that names or places its authors.
 */
@Singleton
public final class ReviewService implements ReviewUseCase {

    private final ConferenceRepository conferences;
    private final SubmissionRepository submissions;
    private final ReviewRepository reviews;
    private final TokenRepository tokens;
    private final TransactionPort transactions;
    private final ClockPort clock;

    @Inject
    public ReviewService(ConferenceRepository conferences, SubmissionRepository submissions, ReviewRepository reviews,
                         TokenRepository tokens, TransactionPort transactions, ClockPort clock) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.submissions = Objects.requireNonNull(submissions, "'submissions' must not be null");
        this.reviews = Objects.requireNonNull(reviews, "'reviews' must not be null");
        this.tokens = Objects.requireNonNull(tokens, "'tokens' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    @Override
    public ReviewerData describeReviewer(ReviewerData d) {
        Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        for (String l : d.levels() == null || d.levels().isEmpty() ? List.of("primary", "secondary") : d.levels()) {
            EducationLevel level = Registrations.level(l);
            if (level == null) {
                throw new InvalidValueException("levels", "a level is empty");
            }
            levels.add(level);
        }
        if (d.email() == null || d.email().isBlank()) {
            throw new InvalidValueException("email", "the reviewer's e-mail address is missing (--email)");
        }
        Reviewer reviewer = new Reviewer(d.token(), d.name(), new EmailAddress(d.email()), d.school(), levels,
                d.keywords());
        return transactions.inTransaction(() -> {
            boolean reviewToken = tokens.listAll().stream().anyMatch(t -> t.name().equals(reviewer.token())
                    && Scope.REVIEW.name().equals(t.scope()));
            if (!reviewToken) {
                throw new NotFoundException("reviewer", "there is no token '" + reviewer.token()
                        + "' with scope review: create it with 'synedrio token create " + reviewer.token()
                        + " --scope review'");
            }
            reviews.saveReviewer(reviewer);
            return data(reviewer);
        });
    }

    @Override
    public List<ReviewerData> reviewers() {
        return transactions.inTransaction(() -> reviews.reviewers().stream().map(ReviewService::data).toList());
    }

    @Override
    public AssignmentReport assign(int edition, int perSubmission) {
        EditionNumber number = EditionNumber.of(edition);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            requireEdition(number);
            List<StoredSubmission> open = submissions.list(number).stream()
                    .filter(s -> s.status() == SubmissionStatus.SUBMITTED).toList();
            Map<Integer, StoredSubmission> byNumber = new HashMap<>();
            open.forEach(s -> byNumber.put(s.number(), s));
            List<Pair> existing = reviews.assignments(number).stream()
                    .filter(a -> byNumber.containsKey(a.number()))
                    .map(a -> new Pair(a.number(), a.reviewer(), a.review() != null)).toList();
            Plan plan = ReviewAssignment.plan(open.stream().map(s -> new Candidate(s.number(), s.content())).toList(),
                    reviews.reviewers(), existing, perSubmission);
            for (Pair p : plan.removed()) {
                reviews.unassign(byNumber.get(p.number()).id(), p.reviewer());
            }
            for (Pair p : plan.added()) {
                reviews.assign(byNumber.get(p.number()).id(), p.reviewer(), now);
            }
            List<String> shortOf = plan.shortfalls().stream().map(s -> "submission " + s.number() + ": "
                    + s.eligible() + " eligible reviewer(s) of " + s.wanted() + " wanted").toList();
            int moved = plan.removed().size();
            return new AssignmentReport(edition, perSubmission, plan.added().size() - moved, moved,
                    new TreeMap<>(plan.load()), plan.spread(), shortOf);
        });
    }

    @Override
    public List<String> adjust(int edition, int number, List<String> add, List<String> remove) {
        EditionNumber e = EditionNumber.of(edition);
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            StoredSubmission s = submission(e, number);
            for (String r : remove == null ? List.<String>of() : remove) {
                StoredAssignment a = reviews.find(s.id(), r).orElseThrow(() -> new NotFoundException("reviewer",
                        "reviewer '" + r + "' is not assigned to submission " + number));
                if (a.review() != null) {
                    throw new RuleViolationException("reviewer", "reviewed-stays", "reviewer '" + r
                            + "' has reviewed submission " + number + ": the assignment stays");
                }
                reviews.unassign(s.id(), r);
            }
            for (String r : add == null ? List.<String>of() : add) {
                Reviewer reviewer = reviews.findReviewer(r).orElseThrow(() -> new NotFoundException("reviewer",
                        "there is no reviewer '" + r + "'"));
                if (!reviewer.levels().contains(s.content().level())) {
                    throw new RuleViolationException("reviewer", "reviewer-level", "reviewer '" + r
                            + "' does not review level " + Submissions.level(s.content().level()));
                }
                reviewer.conflictWith(s.content()).ifPresent(why -> {
                    throw new RuleViolationException("reviewer", "no-conflict-of-interest", "reviewer '" + r + "' "
                            + why + " of submission " + number + ": they may not review it");
                });
                if (reviews.find(s.id(), r).isEmpty()) {
                    reviews.assign(s.id(), r, now);
                }
            }
            return reviews.assignments(e).stream().filter(a -> a.submissionId() == s.id())
                    .map(StoredAssignment::reviewer).sorted().toList();
        });
    }

    @Override
    public List<BlindSubmission> assignments(String reviewer, int edition) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(e);
            CallForPapers call = submissions.findCall(e).orElseThrow(() -> SubmissionService.noCall(e));
            List<BlindSubmission> result = new ArrayList<>();
            for (StoredAssignment a : reviews.assignmentsOf(e, reviewer)) {
                submissions.findByNumber(e, a.number()).ifPresent(s -> result.add(blind(s, call, a)));
            }
            return result;
        });
    }

    @Override
    public BlindSubmission blindView(String reviewer, int edition, int number) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            StoredSubmission s = submission(e, number);
            StoredAssignment a = assignment(s, reviewer);
            return blind(s, submissions.findCall(e).orElseThrow(() -> SubmissionService.noCall(e)), a);
        });
    }

    @Override
    public PaperFile paper(String reviewer, int edition, int number) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            StoredSubmission s = submission(e, number);
            assignment(s, reviewer);
            if (s.paper() == null) {
                throw new NotFoundException("paper", "submission " + number + " has no full text yet");
            }
            byte[] bytes = submissions.paper(s.paper().sha256()).orElseThrow(() -> new NotFoundException("paper",
                    "submission " + number + " has no full text yet"));
            return new PaperFile(fileName(s), s.paper().contentType(), bytes);
        });
    }

    @Override
    public BlindSubmission review(String reviewer, int edition, int number, ReviewData data) {
        EditionNumber e = EditionNumber.of(edition);
        if (data == null) {
            throw new InvalidValueException("body", "the review is missing");
        }
        Instant now = clock.now();
        return transactions.inTransaction(() -> {
            StoredSubmission s = submission(e, number);
            assignment(s, reviewer); // whose it is first: a stranger learns nothing from the validation
            Recommendation recommendation = Recommendation.of(data.recommendation());
            if (s.status() == SubmissionStatus.WITHDRAWN) {
                throw new RuleViolationException("status", "withdrawn-not-reviewed", "submission " + number
                        + " was withdrawn: it is not reviewed");
            }
            if (s.status().decided()) {
                throw new RuleViolationException("status", "decision-made", "submission " + number
                        + " is decided: its reviews are final");
            }
            CallForPapers call = submissions.findCall(e).orElseThrow(() -> SubmissionService.noCall(e));
            Review review = Review.of(call.criteria(), data.scores(), recommendation, data.toAuthors(),
                    data.toCommittee());
            reviews.saveReview(s.id(), reviewer, review, now);
            return blind(s, call, reviews.find(s.id(), reviewer).orElseThrow());
        });
    }

    @Override
    public ReviewStatus status(int edition) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            requireEdition(e);
            List<StoredSubmission> all = submissions.list(e);
            Map<Integer, List<StoredAssignment>> bySubmission = new HashMap<>();
            Map<String, List<StoredAssignment>> byReviewer = new TreeMap<>();
            reviews.reviewers().forEach(r -> byReviewer.put(r.token(), new ArrayList<>()));
            Map<Integer, StoredSubmission> active = new LinkedHashMap<>();
            all.stream().filter(s -> s.status() != SubmissionStatus.WITHDRAWN).forEach(s -> active.put(s.number(), s));
            for (StoredAssignment a : reviews.assignments(e)) {
                if (!active.containsKey(a.number())) {
                    continue;
                }
                bySubmission.computeIfAbsent(a.number(), n -> new ArrayList<>()).add(a);
                byReviewer.computeIfAbsent(a.reviewer(), r -> new ArrayList<>()).add(a);
            }
            List<ReviewerProgress> reviewers = new ArrayList<>();
            int missing = 0;
            for (Map.Entry<String, List<StoredAssignment>> r : byReviewer.entrySet()) {
                List<Integer> todo = r.getValue().stream().filter(a -> a.review() == null)
                        .map(StoredAssignment::number).sorted().toList();
                missing += todo.size();
                reviewers.add(new ReviewerProgress(r.getKey(), r.getValue().size(), r.getValue().size() - todo.size(),
                        todo));
            }
            List<SubmissionProgress> progress = new ArrayList<>();
            int disagreements = 0;
            for (StoredSubmission s : active.values()) {
                List<StoredAssignment> as = bySubmission.getOrDefault(s.number(), List.of());
                List<Review> done = as.stream().map(StoredAssignment::review).filter(Objects::nonNull).toList();
                Integer spread = spread(done);
                boolean disagreement = spread != null && spread >= 2;
                if (disagreement) {
                    disagreements++;
                }
                progress.add(new SubmissionProgress(s.number(), s.content().title(),
                        Submissions.level(s.content().level()), s.status().code(), as.size(), done.size(),
                        as.stream().filter(a -> a.review() == null).map(StoredAssignment::reviewer).sorted().toList(),
                        mean(done), spread, disagreement));
            }
            return new ReviewStatus(edition, reviewers, progress, missing, disagreements);
        });
    }

    /** The mean of the reviews' means, rounded to two decimals, or null without reviews. */
    static Double mean(List<Review> done) {
        if (done.isEmpty()) {
            return null;
        }
        double m = done.stream().mapToDouble(Review::mean).average().orElse(0);
        return Math.round(m * 100) / 100.0;
    }

    /** The widest difference of two reviews' scores of one criterion, or null with fewer than two reviews. */
    static Integer spread(List<Review> done) {
        if (done.size() < 2) {
            return null;
        }
        int widest = 0;
        for (String criterion : done.get(0).scores().keySet()) {
            int max = Integer.MIN_VALUE;
            int min = Integer.MAX_VALUE;
            for (Review r : done) {
                Integer s = r.scores().get(criterion);
                if (s != null) {
                    max = Math.max(max, s);
                    min = Math.min(min, s);
                }
            }
            widest = Math.max(widest, max - min);
        }
        double maxMean = done.stream().mapToDouble(Review::mean).max().orElse(0);
        double minMean = done.stream().mapToDouble(Review::mean).min().orElse(0);
        return Math.max(widest, (int) Math.floor(maxMean - minMean));
    }

    private BlindSubmission blind(StoredSubmission s, CallForPapers call, StoredAssignment a) {
        var c = s.content();
        BlindSubmission.BlindPaper paper = s.paper() == null ? null : new BlindSubmission.BlindPaper(
                s.paper().contentType(), s.paper().bytes(), "/api/conferences/" + s.edition() + "/review/submissions/"
                + s.number() + "/paper");
        ReviewData mine = a.review() == null ? null : new ReviewData(a.review().scores(),
                a.review().recommendation().code(), a.review().toAuthors(), a.review().toCommittee(), a.reviewedAt());
        return new BlindSubmission(s.edition().value(), s.number(), c.title(), c.type().code(),
                Submissions.level(c.level()), c.abstractText(), c.keywords(), s.status().code(), paper,
                call.criteria(), mine);
    }

    static String fileName(StoredSubmission s) {
        return "submission-" + s.edition() + "-" + String.format("%03d", s.number()) + "."
                + gr.etwinning.synedrio.domain.cfp.PaperContent.extension(s.paper().contentType());
    }

    private StoredAssignment assignment(StoredSubmission s, String reviewer) {
        return reviews.find(s.id(), reviewer).orElseThrow(() -> new ForbiddenException("submission",
                "submission " + s.number() + " of edition " + s.edition() + " is not assigned to reviewer '"
                        + reviewer + "'"));
    }

    private StoredSubmission submission(EditionNumber e, int number) {
        requireEdition(e);
        return submissions.findByNumber(e, number).orElseThrow(() -> new NotFoundException("submission",
                "edition " + e + " has no submission " + number));
    }

    private void requireEdition(EditionNumber e) {
        if (!conferences.exists(e)) {
            throw ConferenceService.notFound(e);
        }
    }

    private static ReviewerData data(Reviewer r) {
        return new ReviewerData(r.token(), r.fullName(), r.email().value(), r.school(),
                r.levels().stream().sorted().map(l -> l.name().toLowerCase(Locale.ROOT)).toList(), r.keywords());
    }
}
