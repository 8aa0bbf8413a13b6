package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.port.out.proceedings.ProceedingsRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.proceedings.Isbn;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static gr.etwinning.synedrio.adapter.out.persistence.JooqOutbox.utc;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PROCEEDINGS_ISBN;
import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.PROCEEDINGS_SELECTION;

/** The volume's ISBN in {@code proceedings_isbn} and the special issue's choice in {@code proceedings_selection}. */
@Singleton
public final class JooqProceedingsRepository implements ProceedingsRepository {

    private final Database database;

    @Inject
    public JooqProceedingsRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Isbn> isbn(EditionNumber edition) {
        return database.dsl().select(PROCEEDINGS_ISBN.ISBN).from(PROCEEDINGS_ISBN)
                .where(PROCEEDINGS_ISBN.EDITION.eq(edition.value())).fetchOptional(r -> Isbn.parse(r.value1()));
    }

    @Override
    public Optional<EditionNumber> editionWithIsbn(Isbn isbn) {
        return database.dsl().select(PROCEEDINGS_ISBN.EDITION).from(PROCEEDINGS_ISBN)
                .where(PROCEEDINGS_ISBN.ISBN.eq(isbn.compact())).fetchOptional(r -> EditionNumber.of(r.value1()));
    }

    @Override
    public void saveIsbn(EditionNumber edition, Isbn isbn, Instant at) {
        try {
            database.dsl().insertInto(PROCEEDINGS_ISBN).set(PROCEEDINGS_ISBN.EDITION, edition.value())
                    .set(PROCEEDINGS_ISBN.ISBN, isbn.compact()).set(PROCEEDINGS_ISBN.SET_AT, utc(at)).execute();
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public List<ContributionId> selected(EditionNumber edition) {
        return database.dsl().select(PROCEEDINGS_SELECTION.CONTRIBUTION_ID).from(PROCEEDINGS_SELECTION)
                .where(PROCEEDINGS_SELECTION.EDITION.eq(edition.value()))
                .orderBy(PROCEEDINGS_SELECTION.CONTRIBUTION_ID).fetch(r -> ContributionId.of(r.value1()));
    }

    @Override
    public void select(EditionNumber edition, Collection<ContributionId> contributions, Instant at) {
        Set<ContributionId> stored = new HashSet<>(selected(edition));
        try {
            for (ContributionId c : contributions) {
                if (stored.add(c)) {
                    database.dsl().insertInto(PROCEEDINGS_SELECTION)
                            .set(PROCEEDINGS_SELECTION.EDITION, edition.value())
                            .set(PROCEEDINGS_SELECTION.CONTRIBUTION_ID, c.value())
                            .set(PROCEEDINGS_SELECTION.SELECTED_AT, utc(at)).execute();
                }
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public void unselect(EditionNumber edition, Collection<ContributionId> contributions) {
        if (contributions.isEmpty()) {
            return;
        }
        try {
            database.dsl().deleteFrom(PROCEEDINGS_SELECTION).where(PROCEEDINGS_SELECTION.EDITION.eq(edition.value()))
                    .and(PROCEEDINGS_SELECTION.CONTRIBUTION_ID.in(contributions.stream().map(ContributionId::value)
                            .toList())).execute();
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }
}
