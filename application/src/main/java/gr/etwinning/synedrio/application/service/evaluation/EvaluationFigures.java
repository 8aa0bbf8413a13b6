package gr.etwinning.synedrio.application.service.evaluation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import gr.etwinning.synedrio.application.port.out.evaluation.EvaluationRepository;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.text.GreekNumerals;

import java.util.List;
import java.util.Objects;

/**
 * The report's {@code evaluations.count} as Synedrio counts it: the edition's imported survey responses ("the
 * conference has been evaluated by N teachers"). A recorded figure stands unless the operator chooses
 * {@code figures use EDITION evaluations.count counted}; nothing is counted while no response is imported.
 */
@Singleton
public final class EvaluationFigures implements CountedFigureSource {

    static final String KEY = "evaluations.count";

    private final EvaluationRepository evaluations;

    @Inject
    public EvaluationFigures(EvaluationRepository evaluations) {
        this.evaluations = Objects.requireNonNull(evaluations, "'evaluations' must not be null");
    }

    @Override
    public List<CountedFigure> count(EditionNumber edition) {
        long n = evaluations.countResponses(edition);
        return n == 0 ? List.of() : List.of(new CountedFigure(KEY, n, "καταμετρήθηκε από "
                + (n == 1 ? "μία απάντηση" : GreekNumerals.grouped(n) + " απαντήσεις") + " της αξιολόγησης στο"
                + " Synedrio"));
    }
}
