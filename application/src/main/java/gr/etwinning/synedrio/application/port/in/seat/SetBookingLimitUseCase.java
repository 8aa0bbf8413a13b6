package gr.etwinning.synedrio.application.port.in.seat;

/** Sets how many workshops one participant may book in an edition (waiting-list places included). */
public interface SetBookingLimitUseCase {

    int setBookingLimit(SetBookingLimitCommand command);

    record SetBookingLimitCommand(int edition, int limit) {
    }
}
