package gr.etwinning.synedrio.application.service.registration;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.registration.BookingData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationView;
import gr.etwinning.synedrio.application.port.out.SeatRepository.StoredBooking;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.conference.EducationLevel;
import gr.etwinning.synedrio.domain.programme.TimeRange;
import gr.etwinning.synedrio.domain.registration.ConfirmationCode;
import gr.etwinning.synedrio.domain.registration.EmailAddress;
import gr.etwinning.synedrio.domain.registration.ParticipantDetails;
import gr.etwinning.synedrio.domain.registration.Registration;
import gr.etwinning.synedrio.domain.school.School;
import gr.etwinning.synedrio.domain.seat.BookingStatus;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Registrations between their API shape and the model, and the codes that open them. */
public final class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Registrations() {
    }

    /** A new confirmation code: 128 random bits, URL-safe. */
    public static ConfirmationCode newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ConfirmationCode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The code as given, or "not found" for anything that cannot be a code: a guess learns nothing more. */
    public static ConfirmationCode code(String value) {
        try {
            return new ConfirmationCode(value == null ? null : value.strip());
        } catch (InvalidValueException e) {
            throw unknownCode();
        }
    }

    public static NotFoundException unknownCode() {
        return new NotFoundException("code", "no registration has this confirmation code (an erased registration "
                + "has none)");
    }

    /**
     * The participant's details from what they sent. Consent must be given; its time is the one sent, else the
     * one already stored ({@code previousConsent}), else now.
     */
    public static ParticipantDetails details(RegistrationData d, Instant previousConsent, Instant now) {
        if (d == null) {
            throw new InvalidValueException("registration", "the registration is empty");
        }
        if (!Boolean.TRUE.equals(d.consent())) {
            throw new InvalidValueException("consent", "consent to the processing of personal data is required to "
                    + "register: send \"consent\": true");
        }
        Instant consentAt = d.consentAt() != null ? d.consentAt() : previousConsent != null ? previousConsent : now;
        if (d.school() == null || d.school().isBlank()) {
            throw new InvalidValueException("school", "school is missing or blank");
        }
        return new ParticipantDetails(d.fullName(), new EmailAddress(d.email()), new School(d.school(), null),
                d.specialty(), level(d.level()), consentAt);
    }

    /** {@code primary}/{@code secondary}, or the Greek words for them, in any case and with or without accents. */
    public static EducationLevel level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = GreekText.key(value);
        if (key.startsWith("πρωτοβαθμ") || key.equals("primary") || key.equals("πρωτοβ")) {
            return EducationLevel.PRIMARY;
        }
        if (key.startsWith("δευτεροβαθμ") || key.equals("secondary") || key.equals("δευτεροβ")) {
            return EducationLevel.SECONDARY;
        }
        throw new InvalidValueException("level", "level '" + value + "' is neither primary (Πρωτοβάθμια) nor "
                + "secondary (Δευτεροβάθμια)");
    }

    public static RegistrationView view(Registration r, List<StoredBooking> bookings) {
        ParticipantDetails d = r.details();
        return new RegistrationView(r.code().value(), r.edition().value(), d.fullName(), d.email().value(),
                d.school().name(), d.specialty(), Enums.write(d.level()), d.consentAt(), r.registeredAt(),
                r.updatedAt(), bookings.stream().map(Registrations::booking).toList());
    }

    public static BookingData booking(StoredBooking b) {
        TimeRange time = b.slot().time();
        return new BookingData(b.slot().workshop().value(), Enums.write(b.status()),
                b.status() == BookingStatus.WAITING ? b.waitingPosition() : null, b.slot().day(),
                time == null ? null : time.start(), time == null ? null : time.end(), b.bookedAt());
    }
}
