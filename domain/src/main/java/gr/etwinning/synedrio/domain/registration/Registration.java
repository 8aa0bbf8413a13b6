package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;

/**
 * A participant's registration for one edition: at most one per e-mail address and edition. {@code id} is the
 * stored row's number (null before it is stored); the confirmation code is the participant's key to it.
 */
public record Registration(Long id, EditionNumber edition, ConfirmationCode code, ParticipantDetails details,
                           Instant registeredAt, Instant updatedAt) {

    public Registration {
        Check.notNull(edition, "edition");
        Check.notNull(code, "code");
        Check.notNull(details, "participant details");
        Check.notNull(registeredAt, "registration time");
        updatedAt = updatedAt == null ? registeredAt : updatedAt;
    }

    public Registration withDetails(ParticipantDetails newDetails, Instant at) {
        return new Registration(id, edition, code, newDetails, registeredAt, at);
    }

    @Override
    public String toString() {
        return "Registration[" + id + ", edition " + edition + "]";
    }
}
