package gr.etwinning.synedrio.application.port.in.seat;

import java.util.List;

/** An edition's workshops in programme order, with seats left and waiting-list lengths. */
public interface ListWorkshopsUseCase {

    List<WorkshopSeatsData> listWorkshops(int edition);

    /** The edition's booking limit: how many workshops one participant may book. */
    int bookingLimit(int edition);
}
