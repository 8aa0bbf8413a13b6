package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.InvalidValueException;

/** How many workshops one participant may book in an edition, waiting-list places included. */
public record BookingLimit(int value) {

    /** Until the organisers say otherwise. */
    public static final BookingLimit DEFAULT = new BookingLimit(2);

    public BookingLimit {
        if (value < 1 || value > 50) {
            throw new InvalidValueException("limit", "the booking limit must be a whole number from 1 to 50, not "
                    + value);
        }
    }
}
