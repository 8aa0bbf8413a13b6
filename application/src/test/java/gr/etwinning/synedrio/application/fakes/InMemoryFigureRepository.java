package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.figure.FigureRepository;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.FigureKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Recorded figures per edition, by key; rolled back by {@link FakeTransactionPort}. */
public final class InMemoryFigureRepository implements FigureRepository, Snapshotting {

    private Map<EditionNumber, TreeMap<String, Figure>> rows = new TreeMap<>();

    @Override
    public List<Figure> list(EditionNumber edition) {
        return new ArrayList<>(rows.getOrDefault(edition, new TreeMap<>()).values());
    }

    @Override
    public void save(EditionNumber edition, Figure figure) {
        rows.computeIfAbsent(edition, e -> new TreeMap<>()).put(figure.key().value(), figure);
    }

    @Override
    public boolean remove(EditionNumber edition, FigureKey key) {
        TreeMap<String, Figure> figures = rows.get(edition);
        return figures != null && figures.remove(key.value()) != null;
    }

    @Override
    public Runnable snapshot() {
        Map<EditionNumber, TreeMap<String, Figure>> copy = new TreeMap<>();
        rows.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        return () -> rows = copy;
    }
}
