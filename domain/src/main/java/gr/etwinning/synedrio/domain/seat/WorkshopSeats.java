package gr.etwinning.synedrio.domain.seat;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.programme.ContributionId;

import java.util.Objects;

/**
 * The seats of one workshop: its capacity, how many are booked, how many wait, and the next ticket, which numbers
 * every booking in order of arrival so that the waiting list is served first come, first served. Never more
 * booked than the capacity; a waiting list only while the workshop is full.
 *
 * <p>The counters are kept by whoever holds the workshop's lock (a database row lock), so concurrent bookings see
 * one another's effects one at a time.
 */
public final class WorkshopSeats {

    public static final int MAX_CAPACITY = 100_000;

    private final EditionNumber edition;
    private final ContributionId workshop;
    private int capacity;
    private int booked;
    private int waiting;
    private long nextTicket;

    public WorkshopSeats(EditionNumber edition, ContributionId workshop, int capacity, int booked, int waiting,
                         long nextTicket) {
        this.edition = Check.notNull(edition, "edition");
        this.workshop = Check.notNull(workshop, "workshop");
        requireCapacity(capacity);
        if (booked < 0 || booked > capacity || waiting < 0 || nextTicket < 1) {
            throw new InvalidValueException("workshop '" + workshop + "'", "the stored seats of workshop '" + workshop
                    + "' are inconsistent: " + booked + " booked of " + capacity + ", " + waiting + " waiting");
        }
        this.capacity = capacity;
        this.booked = booked;
        this.waiting = waiting;
        this.nextTicket = nextTicket;
    }

    /** A workshop opened for booking with {@code capacity} seats. */
    public static WorkshopSeats open(EditionNumber edition, ContributionId workshop, int capacity) {
        return new WorkshopSeats(edition, workshop, capacity, 0, 0, 1);
    }

    private void requireCapacity(int value) {
        if (value < 0 || value > MAX_CAPACITY) {
            throw new InvalidValueException("capacity", "the capacity of workshop '" + workshop
                    + "' must be a whole number from 0 to " + MAX_CAPACITY + ", not " + value);
        }
    }

    /** A ticket: the status of a new booking and its place in the order of arrival. */
    public record Ticket(BookingStatus status, long number) {
    }

    /** Takes a seat if one is free, else a place at the end of the waiting list. */
    public Ticket take() {
        BookingStatus status;
        if (booked < capacity) {
            booked++;
            status = BookingStatus.CONFIRMED;
        } else {
            waiting++;
            status = BookingStatus.WAITING;
        }
        return new Ticket(status, nextTicket++);
    }

    /**
     * Gives back a booking of that status. Returns whether a waiting participant is now due for the freed seat;
     * the caller then promotes the first in line with {@link #promote()}.
     */
    public boolean release(BookingStatus status) {
        if (status == BookingStatus.CONFIRMED) {
            if (booked == 0) {
                throw new IllegalStateException("workshop '" + workshop + "' has no booked seat to release");
            }
            booked--;
        } else {
            if (waiting == 0) {
                throw new IllegalStateException("workshop '" + workshop + "' has nobody waiting to release");
            }
            waiting--;
        }
        return waiting > 0 && booked < capacity;
    }

    /** Moves the first waiting participant onto a free seat. */
    public void promote() {
        if (waiting == 0 || booked >= capacity) {
            throw new IllegalStateException("workshop '" + workshop + "' has no one to promote or no free seat");
        }
        waiting--;
        booked++;
    }

    /**
     * Sets a new capacity; refused below the seats already booked (they belong to people). Returns how many waiting
     * participants the new seats let in; the caller promotes them in order.
     */
    public int changeCapacity(int newCapacity) {
        requireCapacity(newCapacity);
        if (newCapacity < booked) {
            throw new RuleViolationException("workshop '" + workshop + "'", "capacity-not-below-booked",
                    "workshop '" + workshop + "' has " + booked + " seats booked; its capacity cannot go down to "
                            + newCapacity + " (cancel bookings first)");
        }
        capacity = newCapacity;
        return Math.min(waiting, capacity - booked);
    }

    public EditionNumber edition() {
        return edition;
    }

    public ContributionId workshop() {
        return workshop;
    }

    public int capacity() {
        return capacity;
    }

    public int booked() {
        return booked;
    }

    public int waiting() {
        return waiting;
    }

    public int left() {
        return capacity - booked;
    }

    public long nextTicket() {
        return nextTicket;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkshopSeats s && s.edition.equals(edition) && s.workshop.equals(workshop);
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition, workshop);
    }

    @Override
    public String toString() {
        return "WorkshopSeats[" + edition + "/" + workshop + ": " + booked + "/" + capacity + ", " + waiting
                + " waiting]";
    }
}
