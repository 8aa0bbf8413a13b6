package gr.etwinning.synedrio.application.port.in.registration;

import java.util.Objects;

/**
 * Registers a participant for an edition. One registration per e-mail address (trimmed, case ignored) and
 * edition. The confirmation code is mailed to the address. Registering again with a known address changes nothing
 * and mails the code again to that address, with how to change the details with it.
 */
public interface RegisterUseCase {

    Registered register(RegisterCommand command);

    record RegisterCommand(int edition, RegistrationData registration) {
        public RegisterCommand {
            Objects.requireNonNull(registration, "'registration' must not be null");
        }
    }

    /**
     * The registration as stored, and whether it is new (false: the address was known and nothing changed). For
     * the caller's own use: a public answer must not show it, since the code belongs to the address's owner.
     */
    record Registered(RegistrationView registration, boolean created) {
    }
}
