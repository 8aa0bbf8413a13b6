package gr.etwinning.synedrio.application.port.out.seat;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.programme.ContributionId;
import gr.etwinning.synedrio.domain.seat.BookingLimit;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import gr.etwinning.synedrio.domain.seat.HeldBooking;
import gr.etwinning.synedrio.domain.seat.WorkshopSeats;
import gr.etwinning.synedrio.domain.seat.WorkshopSlot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where workshop seats and bookings are kept. Every change to a workshop's bookings is made while holding its
 * seats' lock ({@link #lock}), which is what keeps the counters exact under any number of concurrent requests and
 * application instances.
 */
public interface SeatRepository {

    /** A booking as stored: the workshop, its slot in the programme, status and ticket (arrival order). */
    record StoredBooking(WorkshopSlot slot, BookingStatus status, long ticket, Instant bookedAt,
                         int waitingPosition) {
    }

    /** A workshop of the programme, with its seats if it has been opened for booking. */
    record WorkshopListing(WorkshopSlot slot, String title, Optional<WorkshopSeats> seats) {
    }

    /** A workshop's seats and its slot in the programme, as read under the seats' lock. */
    record LockedWorkshop(WorkshopSeats seats, WorkshopSlot slot) {
    }

    /**
     * What a new booking is decided on: the participant (registration id and edition), the edition's booking limit,
     * the participant's bookings with their slots, and the wanted workshop's slot in the programme if it is a
     * workshop there (read without a lock: {@link #takeSeat} checks that it is still so).
     */
    record BookingStart(long registrationId, EditionNumber edition, BookingLimit limit, List<HeldBooking> held,
                        Optional<WorkshopSlot> wanted) {

        public BookingStart {
            held = List.copyOf(held);
        }

        public boolean holds(ContributionId workshop) {
            return held.stream().anyMatch(b -> b.slot().workshop().equals(workshop));
        }
    }

    /**
     * Locks the participant who holds the code for the rest of the transaction (as
     * {@code RegistrationRepository.lockParticipant}: their other requests wait), then reads what a booking of
     * {@code workshop} is decided on, all of it after the lock is held — in one statement where the database
     * allows. Empty if no registration has that code.
     */
    Optional<BookingStart> startBooking(ConfirmationCode code, ContributionId workshop);

    /** A seat or waiting place taken: the booking's ticket, and its place in the waiting list (0 if confirmed). */
    record TakenSeat(WorkshopSeats.Ticket ticket, int waitingPosition) {
    }

    /**
     * Takes a seat of the workshop if one is free, else a place at the end of its waiting list (as
     * {@link WorkshopSeats#take()}), and stores the participant's booking — provided the workshop is opened for
     * booking and its slot in the programme is still {@code slot}; otherwise changes nothing and answers empty. The
     * workshop's seats stay locked to the end of the transaction, and its programme rows cannot change before it.
     * Stores may do it in fewer statements than this default (the seats locked, counted, saved, the booking added).
     */
    default Optional<TakenSeat> takeSeat(EditionNumber edition, WorkshopSlot slot, long registrationId,
                                         Instant at) {
        Optional<LockedWorkshop> locked = lockForBooking(edition, slot.workshop())
                .filter(l -> l.slot().equals(slot));
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        WorkshopSeats seats = locked.get().seats();
        WorkshopSeats.Ticket ticket = seats.take();
        save(seats);
        addBooking(registrationId, edition, slot.workshop(), ticket, at);
        return Optional.of(new TakenSeat(ticket, ticket.status() == BookingStatus.WAITING ? seats.waiting() : 0));
    }

    /**
     * The workshop's seats, locked for the rest of the transaction, and its slot in the current programme, which no
     * programme change can take away before the transaction ends; empty if it is not opened or no longer in the
     * programme. Only the workshop's own seats are locked: bookings of other workshops never wait for it.
     */
    Optional<LockedWorkshop> lockForBooking(EditionNumber edition, ContributionId workshop);

    /**
     * Every opened workshop of the edition, in id order, locked for the rest of the transaction: a programme
     * replacement reads them to keep the booked ones, and no booking slips in before it commits.
     */
    List<WorkshopSeats> lockAll(EditionNumber edition);

    /** The workshop's seats, locked for the rest of the transaction; empty if it has not been opened. */
    Optional<WorkshopSeats> lock(EditionNumber edition, ContributionId workshop);

    /** Opens a workshop for booking with its seats as given. */
    void add(WorkshopSeats seats);

    /** Stores the counters and capacity of locked seats. */
    void save(WorkshopSeats seats);

    /** The workshop of that id in the edition's programme and when it takes place; empty if there is none. */
    Optional<WorkshopSlot> slot(EditionNumber edition, ContributionId workshop);

    /** The edition's workshops in programme order, with their seats. */
    List<WorkshopListing> workshops(EditionNumber edition);

    /** A participant's bookings, in order of booking. */
    List<StoredBooking> bookingsOf(long registrationId);

    void addBooking(long registrationId, EditionNumber edition, ContributionId workshop,
                    WorkshopSeats.Ticket ticket, Instant at);

    void removeBooking(long registrationId, EditionNumber edition, ContributionId workshop);

    /** The registration first in the workshop's waiting list (lowest ticket), if any. */
    Optional<Long> firstWaiting(EditionNumber edition, ContributionId workshop);

    /** Turns a waiting booking into a confirmed one. */
    void confirm(long registrationId, EditionNumber edition, ContributionId workshop);

    BookingLimit limit(EditionNumber edition);

    void setLimit(EditionNumber edition, BookingLimit limit);
}
