package gr.etwinning.synedrio.application.service.registration;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import gr.etwinning.synedrio.application.port.out.common.TransactionPort;
import gr.etwinning.synedrio.application.port.out.mail.MailTexts;
import gr.etwinning.synedrio.application.port.out.registration.RegistrationRepository;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.registration.Registration;

import java.util.Objects;
import java.util.Optional;

/**
 * Renders the confirmation mails queued by reference ({@link RegistrationMails#registeredWhenSent}) when the outbox
 * sends them: the same text {@link RegistrationMails#registered} writes, from the registration as stored. An erased
 * registration (its code is gone) or one deleted with its edition renders nothing, so it is not mailed.
 */
@Singleton
public final class RegistrationMailTexts implements MailTexts {

    private final RegistrationRepository registrations;
    private final TransactionPort transactions;
    private final RegistrationMails mails;

    @Inject
    public RegistrationMailTexts(RegistrationRepository registrations, TransactionPort transactions,
                                 RegistrationMails mails) {
        this.registrations = Objects.requireNonNull(registrations, "'registrations' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.mails = Objects.requireNonNull(mails, "'mails' must not be null");
    }

    @Override
    public Optional<String> render(String reference) {
        if (reference == null || !reference.startsWith(RegistrationMails.REGISTERED_PREFIX)) {
            return Optional.empty();
        }
        ConfirmationCode code;
        try {
            code = new ConfirmationCode(reference.substring(RegistrationMails.REGISTERED_PREFIX.length()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        Optional<Registration> found = transactions.reading(() -> registrations.findByCode(code));
        return found.map(r -> mails.registered(r).text());
    }
}
