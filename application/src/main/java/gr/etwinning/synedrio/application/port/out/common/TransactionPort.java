package gr.etwinning.synedrio.application.port.out.common;

import java.util.function.Supplier;

/** Runs work in one database transaction: everything it writes is kept, or, if it throws, nothing is. */
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);
}
