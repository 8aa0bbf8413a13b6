package gr.etwinning.synedrio.application.port.out.mail;

/**
 * Where a use case writes the mail it causes. Call it inside the use case's transaction: the message exists if and
 * only if what caused it was committed. Nothing is sent here; a sender delivers the outbox later.
 */
public interface Outbox {

    /** Writes the message, due from {@code at}, with a new stable {@code Message-ID}; returns its outbox id. */
    long enqueue(MailMessage message, java.time.Instant at);
}
