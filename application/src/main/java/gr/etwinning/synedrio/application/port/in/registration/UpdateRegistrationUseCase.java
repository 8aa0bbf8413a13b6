package gr.etwinning.synedrio.application.port.in.registration;

import java.util.Objects;

/**
 * Changes a registration's details, found by its confirmation code, until the edition begins (then refused by the
 * rule {@code details-editable-until-start}).
 */
public interface UpdateRegistrationUseCase {

    RegistrationView updateRegistration(UpdateRegistrationCommand command);

    record UpdateRegistrationCommand(String code, RegistrationData registration) {
        public UpdateRegistrationCommand {
            Objects.requireNonNull(registration, "'registration' must not be null");
        }
    }
}
