package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.school.School;

import java.time.Instant;

/**
 * What a participant tells about themselves when registering: full name, e-mail, school as typed (kept with its
 * {@link School#key()} so that it can be linked to the schools registry), specialty, education level, and when
 * they consented to the processing of these data. Without consent there is no registration.
 *
 * <p>Messages name the field, never its value: these are personal data and must not reach a log.
 */
public record ParticipantDetails(String fullName, EmailAddress email, School school, String specialty,
                                 EducationLevel level, Instant consentAt) {

    public ParticipantDetails {
        fullName = Check.text(fullName, "full name", 200);
        Check.notNull(email, "email");
        Check.notNull(school, "school");
        specialty = Check.optionalText(specialty, "specialty", 200);
        if (consentAt == null) {
            throw new InvalidValueException("consent", "consent to the processing of personal data is required to "
                    + "register");
        }
    }

    @Override
    public String toString() {
        return "ParticipantDetails[***]";
    }
}
