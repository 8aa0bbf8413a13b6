package gr.etwinning.synedrio.domain.seat;

/** Where a booking stands. */
public enum BookingStatus {
    /** A seat is the participant's. */
    CONFIRMED,
    /** The workshop was full; the participant waits in arrival order and is promoted when a seat frees up. */
    WAITING
}
