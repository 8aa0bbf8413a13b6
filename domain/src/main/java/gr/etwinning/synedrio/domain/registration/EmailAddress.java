package gr.etwinning.synedrio.domain.registration;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/**
 * An e-mail address as the participant typed it, trimmed. Two addresses are the same participant when their
 * {@link #key()} is equal: case is ignored ("Maria@Sch.gr" = "maria@sch.gr"). Messages never repeat the address,
 * so that it cannot end up in a log.
 */
public record EmailAddress(String value) {

    public static final int MAX = 254;

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "email is missing");
        }
        value = value.strip();
        if (value.length() > MAX) {
            throw new InvalidValueException("email", "email is longer than " + MAX + " characters");
        }
        int at = value.indexOf('@');
        if (at < 1 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            throw new InvalidValueException("email", "email is not an e-mail address: it needs one '@' with a name "
                    + "before it and a domain after it");
        }
        String domain = value.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            throw new InvalidValueException("email", "email is not an e-mail address: its domain (after the '@') "
                    + "needs a dot, like sch.gr");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == ',' || c == ';' || c == '<'
                    || c == '>' || c == '"') {
                throw new InvalidValueException("email", "email is not an e-mail address: it contains a space or "
                        + "one of , ; < > \"");
            }
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** The address for comparison: trimmed, composed (Unicode NFC) and in lower case. */
    public String key() {
        // one form of each letter: 'ü' typed as u + combining diaeresis (NFD) is the same mailbox as 'ü' (NFC)
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Never the address itself, so that a stray log line cannot leak it. */
    @Override
    public String toString() {
        return "EmailAddress[***]";
    }
}
