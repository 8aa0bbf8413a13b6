package gr.etwinning.synedrio.application.service.registration;

import gr.etwinning.synedrio.application.NotFoundException;
import gr.etwinning.synedrio.application.port.in.registration.BookingData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationData;
import gr.etwinning.synedrio.application.port.in.registration.RegistrationView;
import gr.etwinning.synedrio.application.port.out.seat.SeatRepository.StoredBooking;
import gr.etwinning.synedrio.application.service.mapping.Enums;
import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.function.Supplier;
import java.util.List;

/** Registrations between their API shape and the model, and the codes that open them. */
public final class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The levels of the values met, as written: a file writes its few values a million times, and folding each
     * (GreekText.key) was a twentieth of a national import's reading. Bounded: emptied when full.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, EducationLevel> LEVELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Registrations() {
    }

    /**
     * The 64 characters a code is written in, in the order of their bytes (ASCII), so that text order is number
     * order: on MariaDB the code's column compares bytes (utf8mb4_bin), on H2 UTF-16 units — the same order here.
     */
    private static final char[] ORDERED =
            "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".toCharArray();

    /**
     * A new confirmation code, URL-safe, 22 characters: 7 that write the time it was made (milliseconds since 1970, 42
     * bits, until the year 2109), then 15 random ones (90 bits from {@link SecureRandom}). The time comes first so
     * that codes made one after another sort one after another: a million imported registrations append to the
     * unique index on the code instead of writing each entry into a random page of an index larger than the
     * database's buffer pool (issue 16). The random part alone keeps a code unguessable: whoever knows when a
     * registration was made still has 2^90 codes to try, where a guess is answered "not found" as before.
     */
    public static ConfirmationCode newCode() {
        return newCode(System.currentTimeMillis());
    }

    /** A code made at the given time (milliseconds since 1970): {@link #newCode()}, the time given for tests. */
    static ConfirmationCode newCode(long millis) {
        char[] code = new char[22];
        for (int i = 6; i >= 0; i--, millis >>>= 6) {
            code[i] = ORDERED[(int) (millis & 63)];
        }
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        for (int i = 0; i < 15; i++) {
            code[7 + i] = ORDERED[bytes[i] & 63];
        }
        return new ConfirmationCode(new String(code));
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
        return details(d, previousConsent, now, School::named);
    }

    /** The same, schools made by {@code schools} (an import remembers the few thousand a national file names). */
    static ParticipantDetails details(RegistrationData d, Instant previousConsent, Instant now,
                                      java.util.function.Function<String, School> schools) {
        if (d == null) {
            throw new InvalidValueException("registration", "the registration is empty");
        }
        // Every problem of the registration at once, in the order of the form, so that a row of a file is
        // corrected in one go.
        List<String> problems = new ArrayList<>();
        List<String> items = new ArrayList<>();
        String fullName = check(problems, items, () -> Check.text(d.fullName(), "full name", 200));
        EmailAddress email = check(problems, items, () -> new EmailAddress(d.email()));
        School school = check(problems, items, () -> schools.apply(Check.text(d.school(), "school", 300)));
        String specialty = check(problems, items, () -> Check.optionalText(d.specialty(), "specialty", 200));
        EducationLevel level = check(problems, items, () -> level(d.level()));
        if (!Boolean.TRUE.equals(d.consent())) {
            problems.add("consent to the processing of personal data is required to register: send \"consent\": "
                    + "true");
            items.add("consent");
        }
        if (d.consentAt() != null && !plausibleConsent(d.consentAt(), now)) {
            problems.add("consentAt must lie between " + EARLIEST_CONSENT.toString().substring(0, 10)
                    + " and one day from now (an ISO 8601 time such as 2021-10-25T14:30:00Z); leave it out for now");
            items.add("consentAt");
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(String.join(", ", items), String.join("; ", problems));
        }
        Instant consentAt = d.consentAt() != null ? d.consentAt() : previousConsent != null ? previousConsent : now;
        // Whole seconds: what a spreadsheet shows, so that an exported file imported again changes nothing.
        return new ParticipantDetails(fullName, email, school, specialty, level,
                consentAt.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The earliest consent time Synedrio accepts. No registration of the conference (first held in the 2000s) can
     * have been consented to before it; an earlier one is a typing or conversion mistake (1/1/1900, a date read as
     * a number). Later than a day from now is one too (a day: clocks and time zones of the forms' servers differ).
     */
    public static final Instant EARLIEST_CONSENT = Instant.parse("2000-01-01T00:00:00Z");

    /** Whether a consent time given by a participant or a file can be true: from 2000 to one day from now. */
    public static boolean plausibleConsent(Instant consentAt, Instant now) {
        return !consentAt.isBefore(EARLIEST_CONSENT) && !consentAt.isAfter(now.plus(1, ChronoUnit.DAYS));
    }

    private static <T> T check(List<String> problems, List<String> items, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidValueException e) {
            problems.add(e.getMessage());
            items.add(e.item());
            return null;
        }
    }

    /** {@code primary}/{@code secondary}, or the Greek words for them, in any case and with or without accents. */
    public static EducationLevel level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        EducationLevel known = LEVELS.get(value);
        if (known != null) {
            return known;
        }
        String key = GreekText.key(value);
        EducationLevel level = null;
        if (key.startsWith("πρωτοβαθμ") || key.equals("primary") || key.equals("πρωτοβ")) {
            level = EducationLevel.PRIMARY;
        } else if (key.startsWith("δευτεροβαθμ") || key.equals("secondary") || key.equals("δευτεροβ")) {
            level = EducationLevel.SECONDARY;
        }
        if (level != null) {
            if (LEVELS.size() >= 256) {
                LEVELS.clear(); // odd values (typed on the web, say) never keep a file's few out for good
            }
            LEVELS.put(value, level);
            return level;
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

    /** When the edition begins: the start of its first day in its time zone. */
    public static Instant begins(gr.etwinning.synedrio.domain.conference.ConferenceDetails d) {
        return d.startDate().atStartOfDay(d.timeZone()).toInstant();
    }

    /** When the edition is over: the end of its last day in its time zone. */
    public static Instant ends(gr.etwinning.synedrio.domain.conference.ConferenceDetails d) {
        return d.endDate().plusDays(1).atStartOfDay(d.timeZone()).toInstant();
    }

    public static BookingData booking(StoredBooking b) {
        TimeRange time = b.slot().time();
        return new BookingData(b.slot().workshop().value(), Enums.write(b.status()),
                b.status() == BookingStatus.WAITING ? b.waitingPosition() : null, b.slot().day(),
                time == null ? null : time.start(), time == null ? null : time.end(), b.bookedAt());
    }
}
