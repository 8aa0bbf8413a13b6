package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.RuleViolationException;

import java.util.List;
import java.util.Optional;

/**
 * Everything one participant has booked in an edition, confirmed or waiting. The rules of a new booking: at most
 * the edition's limit of workshops (waiting places count, or one could queue everywhere), and never two whose
 * times overlap.
 */
public final class ParticipantBookings {

    private final List<HeldBooking> bookings;

    public ParticipantBookings(List<HeldBooking> bookings) {
        this.bookings = Check.list(bookings, "booking");
    }

    public List<HeldBooking> all() {
        return bookings;
    }

    public Optional<HeldBooking> of(WorkshopSlot slot) {
        return bookings.stream().filter(b -> b.slot().workshop().equals(slot.workshop())).findFirst();
    }

    /** Refuses a new booking of {@code wanted} that would break the limit or clash with a booking held. */
    public void requireRoomFor(WorkshopSlot wanted, BookingLimit limit) {
        Optional<RuleViolationException> refusal = refusal(wanted, limit);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** Whether a new booking of {@code wanted} keeps within the limit and clashes with no booking held. */
    public boolean hasRoomFor(WorkshopSlot wanted, BookingLimit limit) {
        return refusal(wanted, limit).isEmpty();
    }

    private Optional<RuleViolationException> refusal(WorkshopSlot wanted, BookingLimit limit) {
        Check.notNull(wanted, "workshop slot");
        Check.notNull(limit, "booking limit");
        if (bookings.size() >= limit.value()) {
            return Optional.of(new RuleViolationException("workshop '" + wanted.workshop() + "'", "booking-limit",
                    "you have booked " + bookings.size() + " workshop" + (bookings.size() == 1 ? "" : "s")
                            + " (waiting lists included), the most this edition allows; cancel one to book '"
                            + wanted.workshop() + "'"));
        }
        for (HeldBooking held : bookings) {
            if (held.slot().clashesWith(wanted)) {
                return Optional.of(new RuleViolationException("workshop '" + wanted.workshop() + "'",
                        "no-overlapping-workshops", "workshop '" + wanted.workshop() + "' (" + wanted.day() + " "
                                + wanted.time() + ") overlaps workshop '" + held.slot().workshop() + "' ("
                                + held.slot().time() + "), which you have booked"));
            }
        }
        return Optional.empty();
    }
}
