package gr.etwinning.synedrio.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.adapter.out.persistence.generated.tables.records.ReportFigureRecord;
import gr.etwinning.synedrio.application.port.out.figure.FigureRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.FigureKey;
import gr.etwinning.synedrio.domain.report.Qualifier;
import org.jooq.exception.DataAccessException;

import java.util.List;

import static gr.etwinning.synedrio.adapter.out.persistence.generated.Tables.REPORT_FIGURE;

/** An edition's recorded figures in {@code report_figure}, one row per key. */
@Singleton
public final class JooqFigureRepository implements FigureRepository {

    private final Database database;

    @Inject
    public JooqFigureRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Figure> list(EditionNumber edition) {
        return database.dsl().selectFrom(REPORT_FIGURE).where(REPORT_FIGURE.EDITION.eq(edition.value()))
                .orderBy(REPORT_FIGURE.FIGURE_KEY).fetch(JooqFigureRepository::toFigure);
    }

    @Override
    public void save(EditionNumber edition, Figure f) {
        var dsl = database.dsl();
        ReportFigureRecord r = new ReportFigureRecord();
        r.setEdition(edition.value());
        r.setFigureKey(f.key().value());
        r.setFigureValue(f.value());
        r.setExactness(f.qualifier().code());
        r.setWritten(f.written());
        r.setSource(f.source());
        r.setAsOf(f.asOf());
        try {
            if (dsl.update(REPORT_FIGURE).set(r).where(REPORT_FIGURE.EDITION.eq(edition.value()))
                    .and(REPORT_FIGURE.FIGURE_KEY.eq(f.key().value())).execute() == 0) {
                dsl.insertInto(REPORT_FIGURE).set(r).execute();
            }
        } catch (DataAccessException e) {
            throw Failures.translate(e);
        }
    }

    @Override
    public boolean remove(EditionNumber edition, FigureKey key) {
        return database.dsl().deleteFrom(REPORT_FIGURE).where(REPORT_FIGURE.EDITION.eq(edition.value()))
                .and(REPORT_FIGURE.FIGURE_KEY.eq(key.value())).execute() > 0;
    }

    private static Figure toFigure(ReportFigureRecord r) {
        return new Figure(FigureKey.of(r.getFigureKey()), r.getFigureValue(), Qualifier.of(r.getExactness()),
                r.getWritten(), r.getSource(), r.getAsOf());
    }
}
