package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.ConflictException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.proceedings.Isbn;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database behind the proceedings port must do; run on H2 and on MariaDB by the subclasses, each test on
 * a fresh, migrated database with editions 7 and 8.
 */
abstract class ProceedingsRepositoryContract {

    private static final EditionNumber SEVEN = EditionNumber.of(7);
    private static final EditionNumber EIGHT = EditionNumber.of(8);
    private static final Instant AT = Instant.parse("2038-01-20T10:00:00.123456Z");

    protected Database database;
    private DatabaseSettings settings;
    private JooqProceedingsRepository proceedings;

    protected abstract DatabaseSettings freshDatabase();

    protected void dispose(DatabaseSettings settings) {
    }

    @BeforeEach
    void openDatabase() {
        settings = freshDatabase();
        database = new Database(settings, 4);
        new FlywaySchema(database).ensureCurrent();
        proceedings = new JooqProceedingsRepository(database);
        PlannedEditions.add(database, SEVEN, EIGHT);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(settings);
    }

    @Test
    void anEditionKeepsOneIsbnThatNoOtherEditionMayCarry() {
        Isbn isbn = Isbn.parse("978-618-5895-00-6");
        assertThat(proceedings.isbn(SEVEN)).isEmpty();
        database.inTransaction(() -> {
            proceedings.saveIsbn(SEVEN, isbn, AT);
            return null;
        });
        assertThat(proceedings.isbn(SEVEN)).contains(isbn);
        assertThat(proceedings.editionWithIsbn(isbn)).contains(SEVEN);
        assertThat(proceedings.editionWithIsbn(Isbn.parse("978-618-87332-0-6"))).isEmpty();
        assertThatThrownBy(() -> database.inTransaction(() -> {
            proceedings.saveIsbn(EIGHT, isbn, AT);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> {
            proceedings.saveIsbn(SEVEN, Isbn.parse("978-618-87332-0-6"), AT);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(proceedings.isbn(EIGHT)).isEmpty();
    }

    @Test
    void theSpecialIssuesChoiceIsKeptPerEditionAndChoosingAgainChangesNothing() {
        List<ContributionId> ids = List.of(ContributionId.of("d2-primary-07"), ContributionId.of("d2-secondary-01"));
        database.inTransaction(() -> {
            proceedings.select(SEVEN, ids, AT);
            proceedings.select(SEVEN, List.of(ContributionId.of("d2-primary-07")), AT);
            proceedings.select(EIGHT, List.of(ContributionId.of("d2-workshop-01")), AT);
            return null;
        });
        assertThat(proceedings.selected(SEVEN)).containsExactlyInAnyOrderElementsOf(ids);
        database.inTransaction(() -> {
            proceedings.unselect(SEVEN, List.of(ContributionId.of("d2-primary-07")));
            return null;
        });
        assertThat(proceedings.selected(SEVEN)).containsExactly(ContributionId.of("d2-secondary-01"));
        assertThat(proceedings.selected(EIGHT)).containsExactly(ContributionId.of("d2-workshop-01"));
    }
}
