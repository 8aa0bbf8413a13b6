package gr.etwinning.synedrio.application.port.in.seat;

/**
 * Opens a workshop for booking with a capacity, or changes it. Never below the seats already booked; new seats go
 * at once to the waiting list, first come first served.
 */
public interface SetCapacityUseCase {

    WorkshopSeatsData setCapacity(SetCapacityCommand command);

    record SetCapacityCommand(int edition, String workshop, int capacity) {
    }
}
