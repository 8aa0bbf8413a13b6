package gr.etwinning.synedrio.application.port.out.mail;

import java.util.Objects;

/**
 * A message to write into the outbox: plain text (UTF-8) to one recipient, and optionally one attachment named by
 * a reference that {@link MailAttachments} turns into bytes when the message is sent.
 *
 * @param kind       what caused it, for {@code mail status}: {@code registration-code}, {@code certificate}, …
 * @param attachment e.g. {@code certificate:ABCD-EFGH-JKLM}, or null
 */
public record MailMessage(String kind, String recipient, String subject, String text, String attachment) {

    public MailMessage {
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(recipient, "'recipient' must not be null");
        Objects.requireNonNull(subject, "'subject' must not be null");
        Objects.requireNonNull(text, "'text' must not be null");
        if (text.length() > 8000) {
            throw new IllegalArgumentException("a mail's text holds at most 8000 characters");
        }
    }

    /** Never the text, which may hold a participant's code. */
    @Override
    public String toString() {
        return "MailMessage[" + kind + "]";
    }
}
