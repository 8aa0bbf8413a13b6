package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.EvaluationComment;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.FigureKey;
import gr.etwinning.synedrio.domain.report.Qualifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every database behind the figures and comments ports must do; run on H2 and on MariaDB by the subclasses,
 * each test on a fresh, empty, migrated database with editions 7 and 8.
 */
abstract class ReportRepositoryContract {

    private static final EditionNumber SEVEN = EditionNumber.of(7);
    private static final EditionNumber EIGHT = EditionNumber.of(8);

    protected Database database;
    private DatabaseSettings settings;
    private JooqFigureRepository figures;
    private JooqCommentRepository comments;

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 4);
        new FlywaySchema(database).ensureCurrent();
        figures = new JooqFigureRepository(database);
        comments = new JooqCommentRepository(database);
        PlannedEditions.add(database, SEVEN, EIGHT);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return database.inTransaction(work);
    }

    @Test
    void aFigureIsKeptWithEverythingAboutItAndReplacedByKey() {
        Figure registrations = new Figure(FigureKey.of("registrations"), 7000, Qualifier.MORE_THAN, null,
                "Πλατφόρμα εγγραφών «Συνέδριο»", null);
        Figure greece = new Figure(FigureKey.of("community.greece.teachers"), 35832, Qualifier.EXACT, "35832",
                "eTwinning Live", LocalDate.of(2021, 11, 22));
        tx(() -> {
            figures.save(SEVEN, registrations);
            figures.save(SEVEN, greece);
            figures.save(EIGHT, new Figure(FigureKey.of("registrations"), 8100, Qualifier.APPROXIMATELY, null, null,
                    null));
            return null;
        });
        assertThat(tx(() -> figures.list(SEVEN))).containsExactly(greece, registrations);

        Figure revised = new Figure(FigureKey.of("registrations"), 7012, Qualifier.EXACT, "7012", null, null);
        tx(() -> {
            figures.save(SEVEN, revised);
            return null;
        });
        assertThat(tx(() -> figures.list(SEVEN))).containsExactly(greece, revised);
        assertThat(tx(() -> figures.list(EIGHT))).extracting(Figure::value).containsExactly(8100L);
    }

    @Test
    void aRemovedFigureIsGoneAndRemovingItAgainSaysSo() {
        tx(() -> {
            figures.save(SEVEN, new Figure(FigureKey.of("evaluations.count"), 2000, Qualifier.MORE_THAN, "2000",
                    null, null));
            return null;
        });
        assertThat(tx(() -> figures.remove(SEVEN, FigureKey.of("evaluations.count")))).isTrue();
        assertThat(tx(() -> figures.remove(SEVEN, FigureKey.of("evaluations.count")))).isFalse();
        assertThat(tx(() -> figures.list(SEVEN))).isEmpty();
    }

    @Test
    void commentsAreKeptAsWrittenInGreekByNumberAndTheirChoiceChanges() {
        EvaluationComment first = new EvaluationComment(1, "Εξαιρετική δουλειά!!! Η διοργάνωση ήταν άψογη!!", true);
        EvaluationComment second = new EvaluationComment(2, "ΣΥΓΧΑΡΗΤΗΡΙΑ σε όλους — \"υπερδύναμη\" μας ς", false);
        tx(() -> {
            comments.save(SEVEN, second);
            comments.save(SEVEN, first);
            return null;
        });
        assertThat(tx(() -> comments.list(SEVEN))).containsExactly(first, second);
        tx(() -> {
            comments.save(SEVEN, second.select(true));
            return null;
        });
        assertThat(tx(() -> comments.list(SEVEN))).extracting(EvaluationComment::selected).containsExactly(true,
                true);
        assertThat(tx(() -> comments.list(EIGHT))).isEmpty();
    }

    @Test
    void aLongCommentOfFourThousandCharactersFitsWhole() {
        String longText = "Ευχαριστούμε! ".repeat(285).strip();
        EvaluationComment c = new EvaluationComment(1, longText, true);
        tx(() -> {
            comments.save(EIGHT, c);
            return null;
        });
        assertThat(tx(() -> comments.list(EIGHT))).containsExactly(c);
    }
}
