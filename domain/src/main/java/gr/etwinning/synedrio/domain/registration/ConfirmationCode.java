package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.InvalidValueException;

/**
 * The secret that lets a participant read and change their own registration without an account: 22 URL-safe
 * characters (the time it was made, then 90 random bits: see the application's {@code Registrations.newCode}), made by
 * the application. Whoever holds it acts as the participant.
 */
public record ConfirmationCode(String value) {

    public ConfirmationCode {
        if (!wellFormed(value)) {
            throw new InvalidValueException("code", "the confirmation code is not one Synedrio gave out: it is 22 "
                    + "letters, digits, '-' or '_'");
        }
    }

    /** [A-Za-z0-9_-]{22}, checked by hand: every booking checks one, and a regex would compile anew each time. */
    private static boolean wellFormed(String value) {
        if (value == null || value.length() != 22) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Never the secret itself. */
    @Override
    public String toString() {
        return "ConfirmationCode[" + value.substring(0, 4) + "…]";
    }
}
