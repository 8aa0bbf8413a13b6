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
     * workshop there. The participant's bookings are read under their lock; the limit and the slots may come from
     * a programme version the store remembers ({@code programmeVersion}, {@link #LIVE} when read from the tables in
     * this transaction): {@link #takeSeat} takes a seat only while that is still the current one.
     */
    record BookingStart(long registrationId, EditionNumber edition, BookingLimit limit, List<HeldBooking> held,
                        Optional<WorkshopSlot> wanted, long programmeVersion) {

        /** The limit and slots were read from the tables in this transaction. */
        public static final long LIVE = -1;

        public BookingStart {
            held = List.copyOf(held);
        }

        public boolean holds(ContributionId workshop) {
            return held.stream().anyMatch(b -> b.slot().workshop().equals(workshop));
        }

        public boolean isLive() {
            return programmeVersion == LIVE;
        }
    }

    /**
     * Locks the participant who holds the code for the rest of the transaction (as
     * {@code RegistrationRepository.lockParticipant}: their other requests wait), then reads their bookings and
     * what a booking of {@code workshop} is decided on — in one statement where the database allows. Empty if no
     * registration has that code.
     */
    Optional<BookingStart> startBooking(ConfirmationCode code, ContributionId workshop);

    /** A seat or waiting place taken: the booking's ticket, and its place in the waiting list (0 if confirmed). */
    record TakenSeat(WorkshopSeats.Ticket ticket, int waitingPosition) {
    }

    /**
     * Takes a seat of the wanted workshop if one is free, else a place at the end of its waiting list (as
     * {@link WorkshopSeats#take()}), and stores the participant's booking — provided the workshop is opened for
     * booking and the programme the start was read from is still the current one (for a {@link BookingStart#LIVE}
     * start: the workshop's slot is still the one read); otherwise changes nothing and answers empty. The workshop's
     * seats stay locked to the end of the transaction, and the programme cannot change before it ends. Stores may do
     * it in fewer statements than this default (the seats locked, counted, saved, the booking added), and may
     * commit the transaction with the booking when they answer a seat: the caller then writes nothing more in it.
     */
    default Optional<TakenSeat> takeSeat(BookingStart start, Instant at) {
        if (!start.isLive() || start.wanted().isEmpty()) {
            return Optional.empty();
        }
        WorkshopSlot slot = start.wanted().get();
        Optional<LockedWorkshop> locked = lockForBooking(start.edition(), slot.workshop())
                .filter(l -> l.slot().equals(slot));
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        WorkshopSeats seats = locked.get().seats();
        WorkshopSeats.Ticket ticket = seats.take();
        save(seats);
        addBooking(start.registrationId(), start.edition(), slot.workshop(), ticket, at);
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
