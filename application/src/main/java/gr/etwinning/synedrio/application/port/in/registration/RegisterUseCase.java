package gr.etwinning.synedrio.application.port.in.registration;

import java.util.Objects;

/**
 * Registers a participant for an edition. One registration per e-mail address (trimmed, case ignored) and
 * edition: registering again updates it and keeps its confirmation code.
 */
public interface RegisterUseCase {

    Registered register(RegisterCommand command);

    record RegisterCommand(int edition, RegistrationData registration) {
        public RegisterCommand {
            Objects.requireNonNull(registration, "'registration' must not be null");
        }
    }

    /** The registration, and whether it is new (false: an existing one was updated or left as it was). */
    record Registered(RegistrationView registration, boolean created) {
    }
}
