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

    /** What was cancelled ({@code confirmed} or {@code waiting}) and whether a waiting participant got the seat. */
    record Cancelled(String workshop, String status, boolean waitingParticipantPromoted) {
    }
}
