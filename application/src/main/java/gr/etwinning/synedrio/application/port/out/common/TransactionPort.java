package gr.etwinning.synedrio.application.port.out.common;

import java.util.function.Supplier;

/** Runs work in one database transaction: everything it writes is kept, or, if it throws, nothing is. */
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work that only reads, on one consistent view of the stored data, without waiting behind the writers'
     * turns (a read holds no lock a writer waits for). It sees every transaction committed before it started, its
     * caller's own included. Work that writes must use {@link #inTransaction}.
     */
    default <T> T reading(Supplier<T> work) {
        return inTransaction(work);
    }
}
