package gr.etwinning.synedrio.application.service.report;

import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource;
import gr.etwinning.synedrio.application.port.out.figure.CountedFigureSource.CountedFigure;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registry of the figures Synedrio counts: every {@link CountedFigureSource} a feature contributes, asked
 * together. Two sources counting the same key is a wiring mistake, refused loudly rather than one silently winning.
 */
public final class CountedFigures {

    private final List<CountedFigureSource> sources;

    public CountedFigures(Iterable<? extends CountedFigureSource> sources) {
        Objects.requireNonNull(sources, "'sources' must not be null");
        List<CountedFigureSource> all = new java.util.ArrayList<>();
        sources.forEach(all::add);
        this.sources = List.copyOf(all);
    }

    /** Every figure counted for the edition, by key. */
    public Map<String, CountedFigure> of(EditionNumber edition) {
        Map<String, CountedFigure> counted = new LinkedHashMap<>();
        for (CountedFigureSource source : sources) {
            for (CountedFigure f : source.count(edition)) {
                if (counted.put(f.key(), f) != null) {
                    throw new IllegalStateException("two sources count the figure '" + f.key() + "'");
                }
            }
        }
        return counted;
    }
}
