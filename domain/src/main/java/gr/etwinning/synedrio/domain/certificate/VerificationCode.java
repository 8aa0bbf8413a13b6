package gr.etwinning.synedrio.domain.certificate;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/**
 * A certificate's verification code: {@code XXXX-XXXX-XXXX}, twelve symbols of an alphabet of 32 that leaves out
 * the ones read alike (0 and O, 1 and I), so exactly 60 random bits that a person can copy from paper. A typed code
 * may be in lower case, with spaces or without hyphens; anything else is refused.
 */
public record VerificationCode(String value) {

    /** 8 digits and 24 letters: no 0, 1, I or O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int SYMBOLS = 12;
    public static final int BITS = 60;

    public VerificationCode {
        if (!wellFormed(value)) {
            throw new InvalidValueException("code", "a verification code is three groups of four letters and "
                    + "digits, like 7KQM-29XH-CD4T");
        }
    }

    /** The code of 60 random bits (the low 60 of {@code bits}). */
    public static VerificationCode of(long bits) {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt((int) (bits >>> (5 * (SYMBOLS - 1 - i)) & 31)));
        }
        return new VerificationCode(b.toString());
    }

    /** A code as someone typed it: case, spaces and hyphens do not matter. Invalid input is refused. */
    public static VerificationCode parse(String typed) {
        if (typed == null) {
            throw new InvalidValueException("code", "no verification code given");
        }
        StringBuilder symbols = new StringBuilder(SYMBOLS);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            symbols.append(c);
            if (symbols.length() > SYMBOLS) {
                break;
            }
        }
        String s = symbols.toString();
        if (s.length() != SYMBOLS) {
            return new VerificationCode(typed.length() > 40 ? typed.substring(0, 40) : typed);
        }
        return new VerificationCode(s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8));
    }

    private static boolean wellFormed(String value) {
        if (value == null || value.length() != 14) {
            return false;
        }
        for (int i = 0; i < 14; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 9 ? c != '-' : ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
