package gr.etwinning.synedrio.application.port.in.seat;

import gr.etwinning.synedrio.application.port.in.registration.BookingData;

import java.util.Objects;

/**
 * Books a workshop for the participant holding the code: a seat if one is free, else a place at the end of the
 * waiting list. Booking the same workshop again changes nothing and answers the booking held.
 */
public interface BookWorkshopUseCase {

    Booked book(BookWorkshopCommand command);

    record BookWorkshopCommand(String code, String workshop) {
        public BookWorkshopCommand {
            Objects.requireNonNull(code, "'code' must not be null");
            Objects.requireNonNull(workshop, "'workshop' must not be null");
        }
    }

    /** The booking, and whether this request made it (false: it was held already). */
    record Booked(BookingData booking, boolean created) {
    }
}
