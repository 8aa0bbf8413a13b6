package gr.etwinning.synedrio.adapter.out.persistence;

/**
 * Thrown by a repository, inside a transaction, when a concurrent transaction got there first in a way that running
 * the whole transaction again resolves: two first registrations of the same e-mail address, say. {@link Database}
 * rolls back and runs the work again.
 */
final class RetryTransaction extends RuntimeException {

    RetryTransaction(String message) {
        super(message, null, false, false);
    }
}
