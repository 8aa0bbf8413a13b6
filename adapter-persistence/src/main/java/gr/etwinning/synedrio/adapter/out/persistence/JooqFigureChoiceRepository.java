package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.figure.FigureChoiceRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.FigureKey;
import gr.etwinning.synedrio.domain.report.FigureSource;
import org.jooq.exception.DataAccessException;

import java.util.LinkedHashMap;
import java.util.Map;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.FIGURE_CHOICE;

/** The operators' choices between recorded and counted figures in {@code figure_choice}, one row per key. */
@Singleton
public final class JooqFigureChoiceRepository implements FigureChoiceRepository {

    private final Database database;

    @Inject
    public JooqFigureChoiceRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<FigureKey, FigureSource> list(EditionNumber edition) {
        Map<FigureKey, FigureSource> choices = new LinkedHashMap<>();
        database.dsl().selectFrom(FIGURE_CHOICE).where(FIGURE_CHOICE.EDITION.eq(edition.value()))
                .orderBy(FIGURE_CHOICE.FIGURE_KEY)
                .forEach(r -> choices.put(FigureKey.of(r.getFigureKey()), FigureSource.of(r.getChoice())));
        return choices;
    }

    @Override
    public void save(EditionNumber edition, FigureKey key, FigureSource choice) {
        var dsl = database.dsl();
        try {
            if (dsl.update(FIGURE_CHOICE).set(FIGURE_CHOICE.CHOICE, choice.word())
                    .where(FIGURE_CHOICE.EDITION.eq(edition.value())).and(FIGURE_CHOICE.FIGURE_KEY.eq(key.value()))
                    .execute() == 0) {
                dsl.insertInto(FIGURE_CHOICE).set(FIGURE_CHOICE.EDITION, edition.value())
                        .set(FIGURE_CHOICE.FIGURE_KEY, key.value()).set(FIGURE_CHOICE.CHOICE, choice.word())
                        .execute();
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }
}
