package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.figure.FigureChoiceRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.FigureKey;
import gr.etwinning.synedrio.domain.report.FigureSource;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Choices between recorded and counted figures, in memory. */
public final class InMemoryFigureChoiceRepository implements FigureChoiceRepository {

    private final Map<EditionNumber, Map<FigureKey, FigureSource>> rows = new HashMap<>();

    @Override
    public Map<FigureKey, FigureSource> list(EditionNumber edition) {
        return Map.copyOf(rows.getOrDefault(edition, Map.of()));
    }

    @Override
    public void save(EditionNumber edition, FigureKey key, FigureSource choice) {
        rows.computeIfAbsent(edition, e -> new TreeMap<>(java.util.Comparator.comparing(FigureKey::value)))
                .put(key, choice);
    }
}
