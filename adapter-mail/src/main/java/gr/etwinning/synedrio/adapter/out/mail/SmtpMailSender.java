package gr.etwinning.synedrio.adapter.out.mail;

import gr.etwinning.synedrio.application.port.out.mail.MailDeliveryException;
import gr.etwinning.synedrio.application.port.out.mail.MailSenderPort;
import gr.etwinning.synedrio.application.port.out.mail.QueuedMail;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends the outbox's messages over SMTP with Angus Mail: plain text in UTF-8, the attachment (if any) as a second
 * part, and the row's own {@code Message-ID} — Jakarta Mail would otherwise make a new one for every attempt.
 * A refused recipient or message is the message's failure (5xx for good, 4xx for now); anything else — no
 * connection, a dropped one, a refused login — is the server's.
 */
public final class SmtpMailSender implements MailSenderPort {

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailSender(SmtpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        if (settings.problem() == null) {
            String protocol = settings.scheme();
            p.put("mail.transport.protocol", protocol);
            p.put("mail." + protocol + ".host", settings.host());
            p.put("mail." + protocol + ".port", Integer.toString(settings.port()));
            p.put("mail." + protocol + ".connectiontimeout", "10000");
            p.put("mail." + protocol + ".timeout", "30000");
            p.put("mail." + protocol + ".writetimeout", "30000");
            p.put("mail." + protocol + ".auth", Boolean.toString(settings.user() != null));
            if (protocol.equals("smtp")) {
                p.put("mail.smtp.starttls.enable", "true");
            } else {
                p.put("mail.smtps.ssl.checkserveridentity", "true");
            }
        }
        this.session = Session.getInstance(p);
    }

    @Override
    public String unavailableReason() {
        return settings.problem();
    }

    @Override
    public String describe() {
        return settings.describe();
    }

    @Override
    public Connection open() throws MailDeliveryException {
        if (settings.problem() != null) {
            throw new MailDeliveryException("mail is not configured: " + settings.problem(), true, false, null);
        }
        try {
            Transport transport = session.getTransport(settings.scheme());
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            return new SmtpConnection(transport);
        } catch (AuthenticationFailedException e) {
            throw new MailDeliveryException("the server refused the login of " + settings.user(), true, false, e);
        } catch (MessagingException e) {
            throw new MailDeliveryException("cannot connect to " + describe() + ": " + rootMessage(e), true, false, e);
        }
    }

    private final class SmtpConnection implements Connection {

        private final Transport transport;

        SmtpConnection(Transport transport) {
            this.transport = transport;
        }

        @Override
        public void send(QueuedMail mail, Attachment attachment) throws MailDeliveryException {
            MimeMessage message;
            try {
                message = message(mail, attachment);
            } catch (MessagingException | IllegalArgumentException e) {
                throw new MailDeliveryException("cannot write the message: " + rootMessage(e), false, true, e);
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (SMTPAddressFailedException e) {
                throw refused("the server refused the recipient", e.getReturnCode(), e);
            } catch (SMTPSendFailedException e) {
                throw refused("the server refused the message", e.getReturnCode(), e);
            } catch (SendFailedException e) {
                if (e.getNextException() instanceof SMTPAddressFailedException a) {
                    throw refused("the server refused the recipient", a.getReturnCode(), e);
                }
                throw new MailDeliveryException("the server refused the message: " + rootMessage(e), false, false, e);
            } catch (MessagingException e) {
                throw new MailDeliveryException("the connection to " + describe() + " failed: " + rootMessage(e),
                        true, false, e);
            }
        }

        private MailDeliveryException refused(String what, int code, MessagingException e) {
            return new MailDeliveryException(what + " (" + code + "): " + rootMessage(e).strip(), false, code >= 500, e);
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the messages it sent are marked; a failed QUIT changes nothing
            }
        }
    }

    private MimeMessage message(QueuedMail mail, Attachment attachment) throws MessagingException {
        String messageId = mail.messageId();
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        InternetAddress from = new InternetAddress(settings.from(), false);
        m.setFrom(from);
        m.setRecipients(MimeMessage.RecipientType.TO, new Address[] {new InternetAddress(mail.message().recipient(),
                true)});
        m.setSubject(mail.message().subject(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        if (attachment == null) {
            m.setText(mail.message().text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.message().text(), StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(attachment.content(),
                    attachment.contentType())));
            try {
                file.setFileName(jakarta.mail.internet.MimeUtility.encodeText(attachment.fileName(), "UTF-8", null));
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            m.setContent(new MimeMultipart(text, file));
        }
        m.saveChanges();
        return m;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replace('\r', ' ').replace('\n', ' ');
    }

    static boolean isIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
