package gr.etwinning.synedrio.application.port.out.mail;

/** Delivers messages, e.g. over SMTP. One {@link Connection} sends many messages in turn. */
public interface MailSenderPort {

    /** Null when mail can be sent, else why not (e.g. "SYNEDRIO_SMTP_URL is not set"). */
    String unavailableReason();

    /** Where mail goes, for messages to the operator (no password). */
    String describe();

    /** Connects to the server; a {@link MailDeliveryException} with {@code serverFailure} if it cannot. */
    Connection open() throws MailDeliveryException;

    interface Connection extends AutoCloseable {

        /** Sends one message with its {@code Message-ID}; the attachment, if any, is given as bytes. */
        void send(QueuedMail mail, Attachment attachment) throws MailDeliveryException;

        @Override
        void close();
    }

    /** A file to attach. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
