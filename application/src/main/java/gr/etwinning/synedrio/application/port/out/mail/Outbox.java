package gr.etwinning.synedrio.application.port.out.mail;

/**
 * Where a use case writes the mail it causes. Call it inside the use case's transaction: the message exists if and
 * only if what caused it was committed. Nothing is sent here; a sender delivers the outbox later.
 */
public interface Outbox {

    /** Writes the message, due from {@code at}, with a new stable {@code Message-ID}; returns its outbox id. */
    long enqueue(MailMessage message, java.time.Instant at);

    /** Writes many messages at once (in batches), each as {@link #enqueue} would. */
    default void enqueueAll(java.util.List<MailMessage> messages, java.time.Instant at) {
        for (MailMessage m : messages) {
            enqueue(m, at);
        }
    }

    /**
     * Deletes every message to that address (compared without case), sent or not: erasing a participant leaves no
     * trace of them in the outbox, and nothing more is sent to them. Returns how many were deleted.
     */
    int forget(String recipientKey);
}
