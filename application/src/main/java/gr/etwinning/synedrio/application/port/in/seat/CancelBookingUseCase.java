package gr.etwinning.synedrio.application.port.in.seat;

import java.util.Objects;

/**
 * Cancels a booking of the participant holding the code. A freed seat goes, in the same transaction, to the first
 * participant on the workshop's waiting list.
 */
public interface CancelBookingUseCase {

    Cancelled cancel(CancelBookingCommand command);

    record CancelBookingCommand(String code, String workshop) {
        public CancelBookingCommand {
            Objects.requireNonNull(code, "'code' must not be null");
            Objects.requireNonNull(workshop, "'workshop' must not be null");
        }
    }

    /**
     * What happened, without naming anybody: {@code status} is always {@code cancelled}; {@code cancelledBooking}
     * says what the booking was ({@code confirmed}, a seat, or {@code waiting}, a place on the list);
     * {@code promoted} is how many participants moved from the head of the waiting list to a seat (0 or 1: a
     * seat freed goes to the first in line), {@code waitingParticipantPromoted} whether that happened (as before),
     * and {@code left}/{@code waiting} are the workshop's counts after it.
     */
    record Cancelled(String workshop, String status, String cancelledBooking, int promoted,
                     boolean waitingParticipantPromoted, int left, int waiting) {

        public static final String STATUS = "cancelled";

        public static Cancelled of(String workshop, String cancelledBooking, int promoted, int left, int waiting) {
            return new Cancelled(workshop, STATUS, cancelledBooking, promoted, promoted > 0, left, waiting);
        }
    }
}
