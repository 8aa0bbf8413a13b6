package gr.etwinning.synedrio.application.port.out.figure;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.FigureKey;
import gr.etwinning.synedrio.domain.report.FigureSource;

import java.util.Map;

/** The operators' choices between a recorded and a counted figure, one per edition and key. */
public interface FigureChoiceRepository {

    /** The edition's choices, by key. */
    Map<FigureKey, FigureSource> list(EditionNumber edition);

    /** Records the choice for the key, replacing an earlier one. The edition must exist. */
    void save(EditionNumber edition, FigureKey key, FigureSource choice);
}
