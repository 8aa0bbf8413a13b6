package gr.etwinning.synedrio.application.port.out.figure;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.Figure;
import gr.etwinning.synedrio.domain.report.FigureKey;

import java.util.List;

/** Where the figures operators record for an edition are kept: one per key and edition. */
public interface FigureRepository {

    /** The edition's figures, by key. */
    List<Figure> list(EditionNumber edition);

    /** Adds the figure, or replaces the edition's figure with the same key. The edition must exist. */
    void save(EditionNumber edition, Figure figure);

    /** Removes the edition's figure with this key; whether there was one. */
    boolean remove(EditionNumber edition, FigureKey key);
}
