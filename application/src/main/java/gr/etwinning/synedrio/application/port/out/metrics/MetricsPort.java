package gr.etwinning.synedrio.application.port.out.metrics;

/**
 * What operators watch on the day, counted where it happens: bookings and registrations made, transactions run
 * again and why, waits for a database connection, requests refused as unavailable. An adapter turns these into
 * whatever its monitoring reads (Prometheus, for one); {@link #NONE} counts nothing, for one-shot commands and tests.
 */
public interface MetricsPort {

    /** Why a transaction was run again from its start. */
    enum RetryCause {
        /** The database aborted it for a concurrent one: a deadlock, a serialization or certification failure. */
        CONFLICT,
        /** Its connection was lost before it committed (a server went down; the driver may have failed over). */
        CONNECTION_LOST,
        /** A concurrent transaction inserted the same unique key first (two first registrations of one address). */
        UNIQUENESS_RACE
    }

    /** A booking was made (not one answered as held already); {@code confirmed} false: a waiting-list place. */
    void bookingMade(boolean confirmed);

    /** A new registration was stored (not an update of an existing one). */
    void registrationMade();

    /** A transaction was rolled back and runs again. */
    void transactionRetried(RetryCause cause);

    /** How long a transaction waited for its turn at the database's connections. */
    void waitedForConnection(long nanos);

    /** A request was refused because the database was unreachable or too busy (503). */
    void refusedUnavailable();

    /** Counts nothing. */
    MetricsPort NONE = new MetricsPort() {
        @Override
        public void bookingMade(boolean confirmed) {
        }

        @Override
        public void registrationMade() {
        }

        @Override
        public void transactionRetried(RetryCause cause) {
        }

        @Override
        public void waitedForConnection(long nanos) {
        }

        @Override
        public void refusedUnavailable() {
        }
    };
}
