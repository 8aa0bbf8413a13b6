package gr.etwinning.synedrio.application.port.out.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender's side of the outbox. Claiming writes a lease (an owner and an expiry) on due rows whose lease is
 * free or expired, with one conditional update per row set, so that two senders — in one process or in two
 * Synedrio instances on one database — never hold the same row. A sender that dies leaves its lease to expire;
 * the row is then claimed again and sent with the same {@code Message-ID}.
 */
public interface OutboxQueue {

    /** At most {@code limit} due pending rows, oldest first, leased to {@code owner} until {@code leaseUntil}. */
    List<QueuedMail> claim(String owner, Instant now, Instant leaseUntil, int limit);

    /** Marks the row sent, if {@code owner} still holds its lease; false if it does not. */
    boolean markSent(long id, String owner, Instant at);

    /**
     * Counts a failed attempt: the row stays pending, due again at {@code nextAttempt}, or becomes dead when
     * {@code dead}; the lease is released. False if {@code owner} no longer holds it.
     */
    boolean markFailed(long id, String owner, String error, Instant nextAttempt, boolean dead);

    /** Gives the lease back without counting an attempt (the server, not the message, failed); notes the error. */
    void release(long id, String owner, String error);

    /** A dead or pending row becomes due now with no attempts counted; false if there is no such row or it was sent. */
    boolean retry(long id, Instant now);

    /** Counts per status, the next due time, and the rows that are not sent (at most {@code limit}). */
    OutboxStatus status(Instant now, int limit);

    Optional<QueuedMail> find(long id);

    /**
     * What {@code mail status} shows. {@code owed}: the messages that mail jobs ({@link MailJobs}) still owe, not
     * yet rows of the outbox; they are due now, and counted in {@code pending} and {@code due} too.
     */
    record OutboxStatus(long pending, long due, long owed, long sent, long dead, Instant nextAttempt,
                        List<Row> unsent) {
        public OutboxStatus {
            unsent = List.copyOf(unsent);
        }
    }

    /** One row as the operator sees it (the recipient, never the text). */
    record Row(long id, String kind, String recipient, String subject, String status, int attempts,
               Instant nextAttempt, String lastError) {
    }
}
