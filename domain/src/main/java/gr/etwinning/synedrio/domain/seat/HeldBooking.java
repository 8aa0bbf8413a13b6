package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.Check;

/** One of a participant's bookings, confirmed or waiting, with when its workshop takes place. */
public record HeldBooking(WorkshopSlot slot, BookingStatus status) {

    public HeldBooking {
        Check.notNull(slot, "workshop slot");
        Check.notNull(status, "booking status");
    }
}
