package gr.etwinning.synedrio.application.port.out.mail;

import java.time.Instant;
import java.util.Optional;

/**
 * Mail owed to many rows at once — a national registrations import's confirmations — queued into the outbox a page
 * at a time as it is sent, instead of row by row in the transaction that caused it (issue 16: a million outbox rows
 * were half of a national import's database work). The job is opened in that transaction, so the mail is owed if
 * and only if what caused it was committed; each row it is owed to carries the job's id.
 *
 * <p>Whoever queues a page does it in one transaction that {@linkplain #lock locks the job}, writes the
 * page's outbox rows and {@linkplain #advance moves its cursor} past them: two senders (or two instances) take
 * turns, and a sender that dies in between leaves the job as it was, so every row is queued exactly once.
 */
public interface MailJobs {

    /**
     * Opens a job in the caller's transaction and returns its id; the rows then written with it (ids above every id
     * visible now) are owed one mail each.
     */
    long open(String kind, int edition, Instant at);

    /**
     * Records, before the opening transaction commits, the highest row id the job can owe mail to and how many
     * mails it owes.
     */
    void bound(long job, long lastId, long owed);

    /** The oldest job of that kind that still owes mail, as committed (no lock is taken); empty if there is none. */
    Optional<Long> oldestOpen(String kind);

    /**
     * The job, locked for the rest of the caller's transaction, if it still owes mail. Taken by its id, so that a
     * job an import has not committed yet is never waited for.
     */
    Optional<Job> lock(long job);

    /** The rows up to {@code afterId} have been queued, {@code queued} mails of them. */
    void advance(long job, long afterId, int queued);

    /** Nothing more is owed. */
    void finish(long job, Instant at);

    /**
     * A job: the mails of {@code kind} owed to the rows of edition {@code edition} written with its id, above
     * {@code afterId} (the rows up to it are queued) and up to {@code lastId} (null until its import committed).
     */
    record Job(long id, String kind, int edition, long afterId, Long lastId) {
    }
}
