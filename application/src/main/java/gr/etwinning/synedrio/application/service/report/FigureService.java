package gr.etwinning.synedrio.application.service.report;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.figure.FigureData;
import gr.etwinning.synedrio.application.port.in.figure.ListFiguresUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RecordFigureUseCase;
import gr.etwinning.synedrio.application.port.in.figure.RemoveFigureUseCase;
import gr.etwinning.synedrio.application.port.in.dataset.ImportReport.Outcome;
import gr.etwinning.synedrio.application.port.out.conference.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.figure.FigureRepository;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.ConferenceDetails;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.Programme;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.FigureKey;
import gr.etwinning.synedrio.domain.report.Qualifier;

import java.util.List;
import java.util.Objects;

/** The figures operators record for an edition's report: checked against the edition's days and sessions. */
@Singleton
public final class FigureService implements RecordFigureUseCase, ListFiguresUseCase, RemoveFigureUseCase {

    private final ConferenceRepository conferences;
    private final FigureRepository figures;
    private final TransactionPort transactions;

    @Inject
    public FigureService(ConferenceRepository conferences, FigureRepository figures, TransactionPort transactions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.figures = Objects.requireNonNull(figures, "'figures' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public FigureData recordFigure(RecordFigureCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        Figure figure = toFigure(command.figure());
        return transactions.inTransaction(() -> {
            Conference c = find(edition);
            checkFits(edition, figure.key(), c.details(), c.programme());
            figures.save(edition, figure);
            return toData(figure);
        });
    }

    @Override
    public List<FigureData> listFigures(int edition) {
        EditionNumber e = EditionNumber.of(edition);
        return transactions.inTransaction(() -> {
            find(e);
            return figures.list(e).stream().map(FigureService::toData).toList();
        });
    }

    @Override
    public void removeFigure(int edition, String key) {
        EditionNumber e = EditionNumber.of(edition);
        FigureKey k = FigureKey.of(key);
        transactions.inTransaction(() -> {
            find(e);
            if (!figures.remove(e, k)) {
                throw new NotFoundException("figure '" + k + "'", "edition " + e + " has no figure '" + k + "'");
            }
            return null;
        });
    }

    /**
     * Stores figures from a dataset inside the caller's transaction: each added or replaced unless it is already
     * stored exactly so. Already checked against the edition with {@link #checkFits}.
     */
    public Outcome store(EditionNumber edition, List<Figure> given) {
        List<Figure> stored = figures.list(edition);
        boolean changed = false;
        for (Figure f : given) {
            if (!stored.contains(f)) {
                figures.save(edition, f);
                changed = true;
            }
        }
        return !changed ? Outcome.UNCHANGED : stored.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** The domain figure of what an operator typed, or a refusal that names the figure. */
    public static Figure toFigure(FigureData d) {
        if (d == null) {
            throw new InvalidValueException("figure", "a figure is empty");
        }
        FigureKey key = FigureKey.of(d.key());
        if (d.value() == null) {
            throw new InvalidValueException("figure '" + key + "'", "figure '" + key + "' has no value");
        }
        return new Figure(key, d.value(), Qualifier.of(d.qualifier()), d.written(), d.source(), d.asOf());
    }

    /** Refuses a key that names a day or a session the edition does not have. */
    public static void checkFits(EditionNumber edition, FigureKey key, ConferenceDetails details,
                                 Programme programme) {
        int day = key.day();
        if (day > details.days().size()) {
            throw new InvalidValueException("figure '" + key + "'", "figure '" + key + "': edition " + edition
                    + " has " + details.days().size() + " day(s), not a day " + day);
        }
        String session = key.session();
        if (session != null && programme.sessions().stream().noneMatch(s -> s.id().value().equals(session))) {
            throw new InvalidValueException("figure '" + key + "'", "figure '" + key + "': edition " + edition
                    + " has no session '" + session + "' in its programme");
        }
    }

    static FigureData toData(Figure f) {
        return new FigureData(f.key().value(), f.value(), f.qualifier().code(), f.written(), f.source(), f.asOf(),
                f.display());
    }

    private Conference find(EditionNumber edition) {
        return conferences.find(edition).orElseThrow(() -> new NotFoundException("edition " + edition,
                "there is no edition " + edition));
    }
}
