package gr.etwinning.synedrio.application.service.report;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.figure.ChooseFigureSourceUseCase;
import gr.etwinning.synedrio.application.port.out.ConferenceRepository;
import gr.etwinning.synedrio.application.port.out.FigureRepository;
import gr.etwinning.synedrio.application.port.out.TransactionPort;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource.CountedFigure;
import gr.etwinning.synedrio.application.port.out.figure.FigureChoiceRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.FigureKey;
import gr.etwinning.synedrio.domain.report.FigureSource;
import gr.etwinning.synedrio.domain.text.GreekNumerals;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code figures use EDITION KEY counted|recorded}: the operator's choice between the figure the organisers recorded
 * and the one Synedrio counted, stored per edition and key. A choice may be made before there is anything to
 * count (registrations open later); the report follows it as soon as both values exist.
 */
public final class FigureChoiceService implements ChooseFigureSourceUseCase {

    private final ConferenceRepository conferences;
    private final FigureRepository figures;
    private final FigureChoiceRepository choices;
    private final CountedFigures counted;
    private final TransactionPort transactions;

    public FigureChoiceService(ConferenceRepository conferences, FigureRepository figures,
                               FigureChoiceRepository choices, CountedFigures counted, TransactionPort transactions) {
        this.conferences = Objects.requireNonNull(conferences, "'conferences' must not be null");
        this.figures = Objects.requireNonNull(figures, "'figures' must not be null");
        this.choices = Objects.requireNonNull(choices, "'choices' must not be null");
        this.counted = Objects.requireNonNull(counted, "'counted' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public Chosen choose(ChooseFigureSourceCommand command) {
        EditionNumber edition = EditionNumber.of(command.edition());
        FigureKey key = FigureKey.of(command.key());
        FigureSource choice = FigureSource.of(command.choice());
        return transactions.inTransaction(() -> {
            if (conferences.find(edition).isEmpty()) {
                throw new NotFoundException("edition " + edition, "there is no edition " + edition);
            }
            choices.save(edition, key, choice);
            Optional<Figure> recorded = figures.list(edition).stream().filter(f -> f.key().equals(key)).findFirst();
            CountedFigure c = counted.of(edition).get(key.value());
            FigureSource used = FigureSource.use(recorded.isPresent(), c != null, choice);
            return new Chosen(edition.value(), key.value(), choice.word(),
                    recorded.map(ReportModelBuilder::qualified).orElse(null),
                    c == null ? null : GreekNumerals.grouped(c.value()), c == null ? null : c.description(),
                    recorded.isEmpty() && c == null ? null : used.word());
        });
    }
}
