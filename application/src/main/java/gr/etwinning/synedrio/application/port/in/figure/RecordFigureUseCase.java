package gr.etwinning.synedrio.application.port.in.figure;

import java.util.Objects;

/**
 * Records a figure of an edition, or replaces the one with the same key. Refused when the edition does not exist
 * ({@link gr.etwinning.synedrio.application.NotFoundException}), the key is not in the catalogue, or it names a day
 * or session the edition does not have.
 */
public interface RecordFigureUseCase {

    FigureData recordFigure(RecordFigureCommand command);

    record RecordFigureCommand(int edition, FigureData figure) {
        public RecordFigureCommand {
            Objects.requireNonNull(figure, "'figure' must not be null");
        }
    }
}
