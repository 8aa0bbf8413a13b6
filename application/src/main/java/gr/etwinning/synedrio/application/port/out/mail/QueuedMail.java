package gr.etwinning.synedrio.application.port.out.mail;

import java.util.Objects;

/**
 * A message claimed from the outbox for sending.
 *
 * @param messageId the row's stable {@code Message-ID}, angle brackets included; every attempt uses it
 * @param attempts  the failed attempts so far
 */
public record QueuedMail(long id, String messageId, MailMessage message, int attempts) {

    public QueuedMail {
        Objects.requireNonNull(messageId, "'messageId' must not be null");
        Objects.requireNonNull(message, "'message' must not be null");
    }
}
