package gr.etwinning.synedrio.application.port.out.mail;

import java.util.Objects;

/**
 * A message to write into the outbox: plain text (UTF-8) to one recipient, and optionally one attachment named by
 * a reference that {@link MailAttachments} turns into bytes when the message is sent.
 *
 * <p>The text is either written with the message, or — for the mails written by the million, such as a national
 * registrations import's confirmations — named by a {@code textReference} that {@link MailTexts} turns into the
 * text when the message is sent (the text is then empty here). The outbox then stores a few dozen bytes per
 * message instead of a kilobyte.
 *
 * @param kind          what caused it, for {@code mail status}: {@code registration-code}, {@code certificate}, …
 * @param attachment    e.g. {@code certificate:ABCD-EFGH-JKLM}, or null
 * @param textReference e.g. {@code registered:ABCD-EFGH-JKLM}, or null when {@code text} is the text
 */
public record MailMessage(String kind, String recipient, String subject, String text, String attachment,
                          String textReference) {

    public MailMessage {
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(recipient, "'recipient' must not be null");
        Objects.requireNonNull(subject, "'subject' must not be null");
        Objects.requireNonNull(text, "'text' must not be null");
        if (text.length() > 8000) {
            throw new IllegalArgumentException("a mail's text holds at most 8000 characters");
        }
        if (textReference != null && (!text.isEmpty() || textReference.length() > 200)) {
            throw new IllegalArgumentException("a mail whose text is rendered when it is sent carries no text, and a"
                    + " reference of at most 200 characters");
        }
    }

    /** A message whose text is written with it. */
    public MailMessage(String kind, String recipient, String subject, String text, String attachment) {
        this(kind, recipient, subject, text, attachment, null);
    }

    /** A message whose text {@link MailTexts} renders from {@code textReference} when it is sent. */
    public static MailMessage renderedWhenSent(String kind, String recipient, String subject, String textReference) {
        return new MailMessage(kind, recipient, subject, "", null,
                Objects.requireNonNull(textReference, "'textReference' must not be null"));
    }

    /** The same message with its text rendered. */
    public MailMessage withText(String renderedText) {
        return new MailMessage(kind, recipient, subject, renderedText, attachment, null);
    }

    /** Never the text, which may hold a participant's code. */
    @Override
    public String toString() {
        return "MailMessage[" + kind + "]";
    }
}
