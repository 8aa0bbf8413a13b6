package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.evaluation.EvaluationResponse;
import gr.etwinning.synedrio.domain.evaluation.EvaluationTally;
import gr.etwinning.synedrio.domain.evaluation.LikertScale;
import gr.etwinning.synedrio.domain.evaluation.Question;
import gr.etwinning.synedrio.domain.evaluation.QuestionSummary;
import gr.etwinning.synedrio.domain.evaluation.QuestionType;
import gr.etwinning.synedrio.domain.report.EvaluationComment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every database behind the evaluations port must do; run on H2 and on MariaDB by the subclasses, each test
 * on a fresh, empty, migrated database with editions 7 and 8.
 */
abstract class EvaluationRepositoryContract {

    private static final EditionNumber SEVEN = EditionNumber.of(7);
    private static final EditionNumber EIGHT = EditionNumber.of(8);

    private Database database;
    private DatabaseSettings settings;
    private JooqEvaluationRepository evaluations;

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 4);
        new FlywaySchema(database).ensureCurrent();
        evaluations = new JooqEvaluationRepository(database);
        PlannedEditions.add(database, SEVEN, EIGHT);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    private final Question likert = Question.likert(1, "Πόσο σας ικανοποίησε το συνέδριο;",
            LikertScale.named("greek-amount").orElseThrow());
    private final Question parts = new Question(2, "Τι παρακολουθήσατε;", QuestionType.CHECKBOX, null,
            List.of("Ομιλίες", "Βιωματικά εργαστήρια"));
    private final Question comments = new Question(3, "Σχόλια", QuestionType.TEXT, null, List.of());

    @Test
    void questionsAreKeptWithTheirOptionsInOrderAndOptionsMayGrow() {
        database.inTransaction(() -> {
            evaluations.saveQuestion(SEVEN, likert);
            evaluations.saveQuestion(SEVEN, parts);
            evaluations.saveQuestion(SEVEN, comments);
            evaluations.saveQuestion(SEVEN, parts.withOptions(List.of("Στρογγυλή τράπεζα")));
            return null;
        });
        List<Question> stored = database.inTransaction(() -> evaluations.questions(SEVEN));
        assertThat(stored).containsExactly(likert, parts.withOptions(List.of("Στρογγυλή τράπεζα")), comments);
        assertThat(stored.get(0).options()).containsExactly("Καθόλου", "Λίγο", "Μέτρια", "Πολύ", "Πάρα πολύ");
        assertThat(database.inTransaction(() -> evaluations.questions(EIGHT))).isEmpty();
    }

    @Test
    void responsesAreNumberedAfterThoseStoredAndTalliedInOnePass() {
        database.inTransaction(() -> {
            evaluations.saveQuestion(SEVEN, likert);
            evaluations.saveQuestion(SEVEN, parts);
            evaluations.addResponses(SEVEN, List.of(
                    new EvaluationResponse("a1", "2021/11/21 10:15:03 π.μ. EET", null, new int[] {5, 0b11}),
                    new EvaluationResponse("a2", "2021/11/21 10:16:40 π.μ. EET", null, new int[] {4, 0b10})));
            return null;
        });
        database.inTransaction(() -> {
            evaluations.addResponses(SEVEN, List.of(new EvaluationResponse("a3", "2021-11-22T09:00", null,
                    new int[] {5})));
            evaluations.addResponses(EIGHT, List.of(new EvaluationResponse("a1", "2022-11-22T09:00", null,
                    new int[] {1, 1})));
            return null;
        });
        assertThat(database.inTransaction(() -> evaluations.countResponses(SEVEN))).isEqualTo(3);
        assertThat(database.inTransaction(() -> evaluations.responseKeys(SEVEN))).containsExactlyInAnyOrder("a1",
                "a2", "a3");
        EvaluationTally tally = new EvaluationTally(List.of(likert, parts));
        database.inTransaction(() -> {
            evaluations.tally(SEVEN, tally);
            return null;
        });
        List<QuestionSummary> s = tally.summaries();
        assertThat(tally.responses()).isEqualTo(3);
        assertThat(s.get(0).countsByOption()).containsEntry("Πάρα πολύ", 2L).containsEntry("Πολύ", 1L);
        assertThat(s.get(1).countsByOption()).containsExactly(Map.entry("Ομιλίες", 1L),
                Map.entry("Βιωματικά εργαστήρια", 2L));
        assertThat(s.get(1).answered()).isEqualTo(2);
    }

    @Test
    void aResponseOfARegisteredAddressIsLinkedForCountingOnly() {
        LocalDateTime now = LocalDateTime.of(2021, 11, 1, 10, 0);
        long id = database.inTransaction(() -> database.dsl().insertInto(REGISTRATION)
                .set(REGISTRATION.EDITION, 7).set(REGISTRATION.EMAIL, "Maria@Sch.gr")
                .set(REGISTRATION.EMAIL_KEY, "maria@sch.gr").set(REGISTRATION.CONSENT_AT, now)
                .set(REGISTRATION.REGISTERED_AT, now).set(REGISTRATION.UPDATED_AT, now)
                .returningResult(REGISTRATION.ID).fetchOne(REGISTRATION.ID));
        assertThat(database.inTransaction(() -> evaluations.registrationsByEmailKey(SEVEN)))
                .containsExactly(Map.entry("maria@sch.gr", id));
        assertThat(database.inTransaction(() -> evaluations.registrationsByEmailKey(EIGHT))).isEmpty();
        database.inTransaction(() -> {
            evaluations.saveQuestion(SEVEN, likert);
            evaluations.addResponses(SEVEN, List.of(new EvaluationResponse("k", "2021-11-21T10:00", id,
                    new int[] {3})));
            return null;
        });
        EvaluationTally tally = new EvaluationTally(List.of(likert));
        database.inTransaction(() -> {
            evaluations.tally(SEVEN, tally);
            return null;
        });
        assertThat(tally.registered()).isEqualTo(1);
    }

    @Test
    void manyCommentsAreAddedAtOnce() {
        JooqCommentRepository repository = new JooqCommentRepository(database);
        List<EvaluationComment> many = java.util.stream.IntStream.rangeClosed(1, 2500)
                .mapToObj(i -> new EvaluationComment(i, "Σχόλιο αριθμός " + i + " — ευχαριστούμε!", false)).toList();
        database.inTransaction(() -> {
            repository.addAll(SEVEN, many);
            return null;
        });
        assertThat(database.inTransaction(() -> repository.list(SEVEN))).isEqualTo(many);
    }
}
