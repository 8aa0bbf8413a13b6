package gr.etwinning.synedrio.application.port.in.registration;

import java.time.Instant;

/**
 * What a participant sends to register or to change a registration. {@code level} is {@code primary} or
 * {@code secondary} (Greek words are understood too); {@code consent} must be true; {@code consentAt} is when they
 * consented, by default the moment the registration is stored.
 */
public record RegistrationData(String fullName, String email, String school, String specialty, String level,
                               Boolean consent, Instant consentAt) {

    @Override
    public String toString() {
        return "RegistrationData[***]";
    }
}
