package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.ForbiddenException;
import gr.etwinning.synedrio.application.port.in.auth.CreateTokenUseCase.CreateTokenCommand;
import gr.etwinning.synedrio.application.port.in.auth.Scope;
import gr.etwinning.synedrio.application.port.in.cfp.AuthorData;
import gr.etwinning.synedrio.application.port.in.cfp.BlindSubmission;
import gr.etwinning.synedrio.application.port.in.cfp.CallForPapersUseCase.OpenCallCommand;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase.DecideCommand;
import gr.etwinning.synedrio.application.port.in.cfp.DecideUseCase.DecisionData;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewData;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase.AssignmentReport;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewUseCase.ReviewStatus;
import gr.etwinning.synedrio.application.port.in.cfp.ReviewerData;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionData;
import gr.etwinning.synedrio.application.port.in.cfp.SubmissionView;
import gr.etwinning.synedrio.application.port.out.proceedings.SubmittedTexts;
import gr.etwinning.synedrio.application.service.auth.TokenService;
import gr.etwinning.synedrio.application.service.cfp.CfpMails;
import gr.etwinning.synedrio.application.service.cfp.DecisionService;
import gr.etwinning.synedrio.application.service.cfp.ReviewService;
import gr.etwinning.synedrio.application.service.cfp.SubmissionService;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.ConferenceMode;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.programme.Session;
import gr.etwinning.synedrio.domain.programme.SessionId;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The call for papers on a real database, through the real services: submissions with Greek authors and their
 * codes mailed, the deadline, the paper stored by hash, assignment and blind review, decisions into the programme,
 * and what the proceedings read back. What H2 and MariaDB must both do; each test gets a fresh database.
 */
abstract class CallForPapersContract {

    static final EditionNumber EDITION = EditionNumber.of(30);
    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    protected Database database;
    private DatabaseSettings settings;
    private final AtomicReference<Instant> clock = new AtomicReference<>(NOW);
    protected SubmissionService calls;
    protected ReviewService review;
    protected DecisionService decisions;
    protected JooqSubmissionRepository texts;
    protected JooqConferenceRepository conferences;
    protected TokenService tokens;

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 16);
        new FlywaySchema(database).ensureCurrent();
        JooqPersonRepository persons = new JooqPersonRepository(database);
        conferences = new JooqConferenceRepository(database, persons);
        texts = new JooqSubmissionRepository(database);
        JooqReviewRepository reviews = new JooqReviewRepository(database);
        JooqOutbox outbox = new JooqOutbox(database);
        JooqTokenRepository tokenRepository = new JooqTokenRepository(database);
        CfpMails mails = new CfpMails("https://synedrio.example");
        calls = new SubmissionService(conferences, persons, texts, database, clock::get, outbox, mails);
        review = new ReviewService(conferences, texts, reviews, tokenRepository, database, clock::get);
        decisions = new DecisionService(conferences, persons, texts, reviews, database, clock::get, outbox, mails);
        tokens = new TokenService(tokenRepository, clock::get);
        LocalDate day = LocalDate.of(2026, 12, 5);
        Conference c = Conference.plan(EDITION, new ConferenceDetails("30ό Πανελλήνιο Συνέδριο eTwinning", null,
                day, day, ConferenceMode.ONLINE, null, null, ZoneId.of("Europe/Athens"), List.of()));
        c.replaceProgramme(new Programme(List.of(
                new Session(SessionId.of("primary"), SessionKind.PARALLEL, "Συνεδρία Πρωτοβάθμιας", day,
                        new TimeRange(LocalTime.of(10, 0), LocalTime.of(13, 0)), null, EducationLevel.PRIMARY,
                        null, List.of(), List.of()),
                new Session(SessionId.of("secondary"), SessionKind.PARALLEL, "Συνεδρία Δευτεροβάθμιας", day,
                        new TimeRange(LocalTime.of(10, 0), LocalTime.of(13, 0)), null, EducationLevel.SECONDARY,
                        null, List.of(), List.of()))), id -> Optional.empty());
        database.inTransaction(() -> {
            conferences.add(c);
            return null;
        });
        calls.open(new OpenCallCommand(30, LocalDateTime.of(2026, 11, 20, 23, 59), null, 300, null));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    static SubmissionData submission(String title, String level, AuthorData... authors) {
        return new SubmissionData(title, "paper", level, "Περίληψη της εργασίας: συνεργασία σχολείων μέσω eTwinning.",
                List.of("συνεργασία", "ψηφιακά εργαλεία"), List.of(authors), true);
    }

    static AuthorData author(String name, String email, String school, boolean contact) {
        return new AuthorData(name, email, school, null, contact);
    }

    private int mails(String kind) {
        return database.dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.KIND.eq(kind));
    }

    private String codeOf(int number) {
        return texts.findByNumber(EDITION, number).orElseThrow().code();
    }

    @Test
    void aSubmissionIsStoredInGreekItsCodeMailedAndItChangesUntilTheDeadlineOnly() {
        SubmissionView v = calls.submit(30, submission("Το eTwinning στο νηπιαγωγείο", "Πρωτοβάθμια",
                author("Ελένη Παπαδοπούλου", "e.papadopoulou@sch.gr", "2ο Νηπιαγωγείο Βόλου", true),
                author("Γιώργος Νικολάου", "g.nikolaou@sch.gr", "2ο Νηπιαγωγείο Βόλου", false)));
        assertThat(v.number()).isEqualTo(1);
        assertThat(mails(CfpMails.SUBMITTED)).isEqualTo(1);
        String code = codeOf(1);
        SubmissionView read = calls.getSubmission(code);
        assertThat(read.authors()).extracting(AuthorData::name).containsExactly("Ελένη Παπαδοπούλου",
                "Γιώργος Νικολάου");
        assertThat(read.level()).isEqualTo("primary");
        assertThat(read.editable()).isTrue();

        SubmissionView changed = calls.updateSubmission(code, submission("Το eTwinning στο νηπιαγωγείο: "
                + "ένα έτος μετά", "primary", author("Ελένη Παπαδοπούλου", "e.papadopoulou@sch.gr",
                "2ο Νηπιαγωγείο Βόλου", true)));
        assertThat(changed.title()).endsWith("ένα έτος μετά");
        assertThat(calls.getSubmission(code).authors()).hasSize(1);

        byte[] pdf = "%PDF-1.4\n% Πλήρες κείμενο\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        SubmissionView withPaper = calls.uploadPaper(code, pdf);
        assertThat(withPaper.paper().contentType()).isEqualTo("application/pdf");
        assertThat(withPaper.paper().sha256()).hasSize(64);
        assertThat(texts.paper(withPaper.paper().sha256())).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));

        clock.set(Instant.parse("2026-11-20T21:59:00Z")); // 23:59 in Athens: the deadline itself
        assertThatThrownBy(() -> calls.updateSubmission(code, submission("Αργά", "primary",
                author("Ελένη Παπαδοπούλου", "e.papadopoulou@sch.gr", null, true))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo("submission-deadline"))
                .hasMessageContaining("2026-11-20 23:59");
        assertThat(calls.getSubmission(code).title()).endsWith("ένα έτος μετά");
        assertThat(calls.withdraw(code).status()).isEqualTo("withdrawn");
    }

    @Test
    void concurrentSubmissionsTakeDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SubmissionView>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                futures.add(pool.submit(() -> calls.submit(30, submission("Εργασία " + n, "secondary",
                        author("Συγγραφέας " + n, "author" + n + "@sch.gr", "Γυμνάσιο " + n, true)))));
            }
            Set<Integer> numbers = new HashSet<>();
            for (Future<SubmissionView> f : futures) {
                numbers.add(f.get().number());
            }
            assertThat(numbers).hasSize(24).contains(1, 24);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reviewersSeeOnlyTheirBlindAssignmentsAndAcceptedSubmissionsJoinTheProgrammeAndTheProceedings() {
        for (String t : List.of("rev-a", "rev-b", "rev-c")) {
            tokens.createToken(new CreateTokenCommand(t, Scope.REVIEW));
        }
        review.describeReviewer(new ReviewerData("rev-a", "Άννα Αλεξίου", "anna@uni.gr", "1ο Γυμνάσιο Λάρισας",
                null, List.of("συνεργασία")));
        review.describeReviewer(new ReviewerData("rev-b", "Βασίλης Βλάχος", "vasilis@uni.gr", "Πανεπιστήμιο Πατρών",
                null, List.of()));
        review.describeReviewer(new ReviewerData("rev-c", "Γεωργία Γεωργίου", "georgia@uni.gr",
                "Πανεπιστήμιο Κρήτης", null, List.of()));
        review.describeReviewer(new ReviewerData("rev-c", "Γεωργία Γεωργίου", "georgia@uni.gr",
                "Πανεπιστήμιο Κρήτης", List.of("primary", "secondary"), List.of()));
        calls.submit(30, submission("Ρομποτική και συνεργασία", "secondary",
                author("Δημήτρης Δήμου", "d.dimou@sch.gr", "1ο ΓΥΜΝΑΣΙΟ ΛΑΡΙΣΑΣ", true)));
        calls.submit(30, submission("Ψηφιακή αφήγηση", "primary",
                author("Ζωή Ζαχαρίου", "z.zachariou@sch.gr", "5ο Δημοτικό Σχολείο Πάτρας", true)));
        calls.submit(30, submission("Κλιματική αλλαγή", "secondary",
                author("Ηλίας Ηλιόπουλος", "i.iliopoulos@sch.gr", "Πρότυπο Λύκειο Ηρακλείου", true)));

        AssignmentReport report = review.assign(30, 2);
        assertThat(report.shortOf()).isEmpty();
        assertThat(report.spread()).isLessThanOrEqualTo(1);
        // rev-a shares the school of submission 1's author (typed in capitals): never on it
        assertThat(review.status(30).reviewers()).hasSize(3);
        assertThat(review.assignments("rev-a", 30)).extracting(BlindSubmission::number).doesNotContain(1);
        assertThatThrownBy(() -> review.blindView("rev-a", 30, 1)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> review.adjust(30, 1, List.of("rev-a"), List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("school");

        BlindSubmission blind = review.blindView("rev-b", 30, 1);
        assertThat(blind.toString()).doesNotContain("Δήμου", "dimou", "ΛΑΡΙΣΑΣ", "Λάρισας");
        Map<String, Integer> scores = Map.of("Πρωτοτυπία", 5, "Σαφήνεια", 4, "Συνάφεια με το eTwinning", 5,
                "Αξιοποίηση στην τάξη", 4);
        review.review("rev-b", 30, 1, new ReviewData(scores, "accept", "Πολύ καλή δουλειά.", "Να γίνει δεκτή.",
                null));
        review.review("rev-c", 30, 1, new ReviewData(Map.of("Πρωτοτυπία", 2, "Σαφήνεια", 4,
                "Συνάφεια με το eTwinning", 4, "Αξιοποίηση στην τάξη", 4), "weak-accept", null, null, null));
        ReviewStatus status = review.status(30);
        assertThat(status.submissions().get(0).done()).isEqualTo(2);
        assertThat(status.submissions().get(0).disagreement()).isTrue();

        byte[] pdf = "%PDF-1.7\nrobotics\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        calls.uploadPaper(codeOf(1), pdf);
        DecisionData d = decisions.decide(new DecideCommand(30, 1, true, null, null));
        assertThat(d.session()).isEqualTo("secondary");
        assertThat(d.mailsQueued()).isEqualTo(1);
        Conference c = conferences.find(EDITION).orElseThrow();
        assertThat(c.programme().session(SessionId.of("secondary")).orElseThrow().contributions())
                .extracting(x -> x.title().orElse(null)).containsExactly("Ρομποτική και συνεργασία");
        Optional<SubmittedTexts.SubmittedText> text = texts.of(EDITION, ContributionId.of(d.contribution()));
        assertThat(text).hasValueSatisfying(t -> {
            assertThat(t.authors()).containsExactly(new SubmittedTexts.Author("Δημήτρης Δήμου",
                    "1ο ΓΥΜΝΑΣΙΟ ΛΑΡΙΣΑΣ"));
            assertThat(t.paper()).isPresent();
        });
        assertThat(texts.of(EDITION, ContributionId.of("cfp-002"))).isEmpty();

        decisions.decide(new DecideCommand(30, 2, false, null, null));
        assertThat(decisions.decisions(30)).extracting(r -> r.number()).startsWith(1);
        assertThat(mails(CfpMails.DECISION)).isEqualTo(2);
        assertThatThrownBy(() -> calls.withdraw(codeOf(2))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anAcceptedSubmissionChangedByItsAuthorsChangesInTheProgrammeAndItsAuthorsKeepTheirPersons() {
        calls.submit(30, submission("Θεατρικό παιχνίδι", "primary",
                author("Ευτυχία Ρούσσου", "e.roussou@sch.gr", "4ο Δημοτικό Σχολείο Καβάλας", true)));
        DecisionData d = decisions.decide(new DecideCommand(30, 1, true, "workshop", "primary"));
        assertThat(d.decidedAs()).isEqualTo("workshop");
        calls.updateSubmission(codeOf(1), submission("Θεατρικό παιχνίδι στην τάξη", "primary",
                author("Ευτυχία Ρούσσου", "e.roussou@sch.gr", "1ο Δημοτικό Σχολείο Καβάλας", true),
                author("Πέτρος Λάμπρου", "p.lamprou@sch.gr", null, false)));
        Conference c = conferences.find(EDITION).orElseThrow();
        var contribution = c.programme().session(SessionId.of("primary")).orElseThrow().contributions().get(0);
        assertThat(contribution.title()).hasValue("Θεατρικό παιχνίδι στην τάξη");
        assertThat(contribution.kind().name()).isEqualTo("WORKSHOP");
        assertThat(contribution.speakers()).hasSize(2);
        assertThat(contribution.speakers().get(0).value()).isEqualTo(texts.findByNumber(EDITION, 1).orElseThrow()
                .authorPersons().get(0));
        var person = new JooqPersonRepository(database).findAll(List.of(contribution.speakers().get(0))).get(0);
        assertThat(person.affiliation()).isEqualTo("1ο Δημοτικό Σχολείο Καβάλας");
        // rejected after all: out of the programme
        decisions.decide(new DecideCommand(30, 1, false, null, null));
        assertThat(conferences.find(EDITION).orElseThrow().programme().contributionCount()).isZero();
    }
}
