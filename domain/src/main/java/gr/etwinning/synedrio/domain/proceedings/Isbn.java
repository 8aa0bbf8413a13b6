package gr.etwinning.synedrio.domain.proceedings;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Optional;

/**
 * An ISBN-13, checked by its check digit; an ISBN-10 is read too and converted (prefix 978, check digit computed
 * again). Hyphenated into prefix, registration group, registrant, publication and check digit for the Greek groups
 * 978-960 and 978-618, whose registrant ranges are those of the International ISBN Agency's RangeMessage (see
 * {@link #GREEK_RANGES}); an ISBN of another group is valid but printed unhyphenated, since its ranges are not known
 * here.
 */
public final class Isbn {

    /**
     * The registrant ranges of the Greek registration groups: for each group, rows of (first 7 digits after the
     * group from, to, registrant length). From the International ISBN Agency's RangeMessage.xml of
     * Mon, 8 Jan 2024 13:37:37 GMT (serial 6d1a25e5-7cf6-4b34-84a6-0d05a18375c4); the agency's data of
     * Fri, 24 Jul 2026 gives the same ranges for both groups. Every 7-digit value is covered: no range is
     * unassigned (length 0).
     */
    static final int[][] RANGES_978_960 = {
        {0, 1999999, 2}, {2000000, 6599999, 3}, {6600000, 6899999, 4}, {6900000, 6999999, 3},
        {7000000, 8499999, 4}, {8500000, 9299999, 5}, {9300000, 9399999, 2}, {9400000, 9799999, 4},
        {9800000, 9999999, 5}};
    static final int[][] RANGES_978_618 = {
        {0, 1999999, 2}, {2000000, 4999999, 3}, {5000000, 7999999, 4}, {8000000, 9999999, 5}};
    static final String GREEK_RANGES = "978-960, 978-618";

    private final String digits;

    private Isbn(String digits) {
        this.digits = digits;
    }

    /**
     * Reads an ISBN as people type it: "978-618-5895-00-6", "ISBN 978 618 5895 00 6", "ISBN-13: 9786185895006",
     * an ISBN-10 "960-00-1234-X". Refused, saying why (and what the check digit should be), when it is not one.
     */
    public static Isbn parse(String text) {
        String c = compactForm(text);
        if (c.length() == 13) {
            if (c.indexOf('X') >= 0) {
                throw new InvalidValueException("isbn", "ISBN '" + text.strip() + "': an ISBN-13 ends in a digit, "
                        + "never X");
            }
            if (!c.startsWith("978") && !c.startsWith("979")) {
                throw new InvalidValueException("isbn", "ISBN '" + text.strip() + "' starts with " + c.substring(0, 3)
                        + ": an ISBN-13 starts with 978 or 979");
            }
            char expected = check13(c.substring(0, 12));
            if (c.charAt(12) != expected) {
                throw new InvalidValueException("isbn", "ISBN '" + text.strip() + "' has check digit " + c.charAt(12)
                        + "; it should be " + expected + " (" + hyphenate(c.substring(0, 12) + expected) + ")");
            }
            return new Isbn(c);
        }
        if (c.length() == 10) {
            char expected = check10(c.substring(0, 9));
            if (c.indexOf('X') >= 0 && c.indexOf('X') != 9) {
                throw new InvalidValueException("isbn", "ISBN '" + text.strip() + "': only the check digit may be X");
            }
            if (c.charAt(9) != expected) {
                throw new InvalidValueException("isbn", "ISBN-10 '" + text.strip() + "' has check digit "
                        + c.charAt(9) + "; it should be " + expected);
            }
            String body = "978" + c.substring(0, 9);
            return new Isbn(body + check13(body));
        }
        throw new InvalidValueException("isbn", "ISBN '" + text.strip() + "' has " + c.length()
                + " digit(s): an ISBN has 13 (or 10)");
    }

    /** Whether the text is an ISBN-10 as typed (then converted to the ISBN-13 {@link #parse} gives). */
    public static boolean typedAsIsbn10(String text) {
        try {
            return compactForm(text).length() == 10;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The digits (and a final X) of an ISBN as typed, its "ISBN" label, hyphens and spaces dropped. */
    private static String compactForm(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("isbn", "an ISBN is required");
        }
        String t = text.strip();
        String upper = t.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("ISBN")) {
            t = t.substring(4).replaceFirst("^(?:-1[03])?\\s*:?\\s*", "");
        }
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                compact.append(c);
            } else if ((c == 'X' || c == 'x') && i == t.length() - 1) {
                compact.append('X');
            } else if (c != '-' && c != ' ' && c != '\u2010' && c != '\u2011' && c != '\u2013') {
                throw new InvalidValueException("isbn", "ISBN '" + text.strip() + "' holds '" + c
                        + "': an ISBN is 13 digits (or 10, the last may be X), with hyphens or spaces between");
            }
        }
        return compact.toString();
    }

    /** The check digit of an ISBN-13's first 12 digits: weights 1, 3, 1, 3…; (10 − sum mod 10) mod 10. */
    public static char check13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The check digit of an ISBN-10's first 9 digits: weights 10 … 2; (11 − sum mod 11) mod 11, 10 as X. */
    static char check10(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int d = (11 - sum % 11) % 11;
        return d == 10 ? 'X' : (char) ('0' + d);
    }

    /** The 13 digits, no hyphens: "9786185895006". */
    public String compact() {
        return digits;
    }

    /** Whether it belongs to a Greek registration group (978-960 or 978-618), whose hyphenation is known. */
    public boolean greek() {
        return ranges(digits).isPresent();
    }

    /** Hyphenated ("978-618-5895-00-6") for the Greek groups; otherwise the 13 digits as they are. */
    public String hyphenated() {
        return hyphenate(digits);
    }

    private static Optional<int[][]> ranges(String digits) {
        if (digits.startsWith("978960")) {
            return Optional.of(RANGES_978_960);
        }
        if (digits.startsWith("978618")) {
            return Optional.of(RANGES_978_618);
        }
        return Optional.empty();
    }

    private static String hyphenate(String digits) {
        Optional<int[][]> ranges = ranges(digits);
        if (ranges.isEmpty()) {
            return digits;
        }
        int seven = Integer.parseInt(digits.substring(6, 13));
        int length = 0;
        for (int[] r : ranges.get()) {
            if (seven >= r[0] && seven <= r[1]) {
                length = r[2];
            }
        }
        // every 7-digit value is in a range of the Greek groups (see the tables)
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 6 + length) + "-"
                + digits.substring(6 + length, 12) + "-" + digits.charAt(12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Isbn i && i.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return hyphenated();
    }
}
