package gr.etwinning.synedrio.application.port.in.figure;

import java.util.List;

/** An edition's recorded figures, by key; {@link gr.etwinning.synedrio.application.NotFoundException} if none such. */
public interface ListFiguresUseCase {

    List<FigureData> listFigures(int edition);
}
