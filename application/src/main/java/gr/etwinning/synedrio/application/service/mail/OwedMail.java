package gr.etwinning.synedrio.application.service.mail;

import java.time.Instant;

/**
 * Mail that is owed but not yet in the outbox — what a mail job ({@link
 * gr.etwinning.synedrio.application.port.out.mail.MailJobs}) owes — which the sender queues a page at a time when
 * the outbox has nothing due left.
 */
public interface OwedMail {

    /** No mail is ever owed. */
    OwedMail NONE = (now, limit) -> 0;

    /**
     * Queues up to {@code limit} owed messages into the outbox, due from {@code now}, each page in a transaction of
     * its own; returns how many were queued (0: nothing is owed).
     */
    int queueSome(Instant now, int limit);
}
