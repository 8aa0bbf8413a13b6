package gr.etwinning.synedrio.application.port.in.figure;

/**
 * Removes a recorded figure; {@link gr.etwinning.synedrio.application.NotFoundException} if the edition or the figure
 * does not exist. The report then shows the gap again (or counts it, where it can).
 */
public interface RemoveFigureUseCase {

    void removeFigure(int edition, String key);
}
