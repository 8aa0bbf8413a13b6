package gr.etwinning.synedrio.application.port.out.mail;

import java.util.Optional;

/**
 * Turns an outbox row's text reference ({@link MailMessage#textReference()}) into the mail's text, at sending time.
 * Empty when the reference names nothing any more (e.g. the registration was erased): the message then fails
 * permanently, with the reason, and is not sent.
 */
public interface MailTexts {

    /** Renders nothing: every referenced text is unknown. */
    MailTexts NONE = reference -> Optional.empty();

    Optional<String> render(String reference);
}
