package gr.etwinning.synedrio.application.port.out.mail;

import java.util.Optional;

/**
 * Turns an outbox row's attachment reference into the file, at sending time. Empty when the reference names
 * nothing any more (the message then fails permanently: a mail promising an attachment is not sent without it).
 */
public interface MailAttachments {

    Optional<MailSenderPort.Attachment> resolve(String reference);
}
