package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.InvalidValueException;

/**
 * The secret that lets a participant read and change their own registration without an account: 22 URL-safe
 * characters (128 random bits), made by the application. Whoever holds it acts as the participant.
 */
public record ConfirmationCode(String value) {

    public ConfirmationCode {
        if (value == null || !value.matches("[A-Za-z0-9_-]{22}")) {
            throw new InvalidValueException("code", "the confirmation code is not one Synedrio gave out: it is 22 "
                    + "letters, digits, '-' or '_'");
        }
    }

    /** Never the secret itself. */
    @Override
    public String toString() {
        return "ConfirmationCode[" + value.substring(0, 4) + "…]";
    }
}
