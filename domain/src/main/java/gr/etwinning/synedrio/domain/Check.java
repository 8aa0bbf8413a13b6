package gr.etwinning.synedrio.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The small checks that every value object repeats, with messages an operator understands. */
public final class Check {

    private Check() {
    }

    public static <T> T notNull(T value, String item) {
        if (value == null) {
            throw new InvalidValueException(item, item + " is missing");
        }
        return value;
    }

    /** A required text: trimmed, not blank, at most {@code max} characters. */
    public static String text(String value, String item, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(item, item + " is missing or blank");
        }
        return length(value.strip(), item, max);
    }

    /** An optional text: trimmed, {@code null} when blank. */
    public static String optionalText(String value, String item, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return length(value.strip(), item, max);
    }

    private static String length(String value, String item, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidValueException(item, item + " is longer than " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new InvalidValueException(item, item + " contains a control character (code " + (int) c + ")");
            }
        }
        return value;
    }

    /** A copy of the list that refuses null elements, naming the position of the first one. */
    public static <T> List<T> list(List<T> values, String item) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (v == null) {
                throw new InvalidValueException(item, item + " #" + (i + 1) + " is empty");
            }
            copy.add(v);
        }
        return List.copyOf(copy);
    }

    /**
     * An identifier as operators write it in datasets: lower-case Latin letters, digits and hyphens, so that it
     * survives every file format and URL unchanged.
     */
    public static String slug(String value, String item) {
        if (!isSlug(value)) {
            throw new InvalidValueException(item, item + " '" + value
                    + "' must be 1 to 100 lower-case Latin letters, digits or hyphens, starting with a letter or digit");
        }
        return value;
    }

    /** [a-z0-9][a-z0-9-]{0,99}, checked by hand: ids are checked on every request, and a regex compiles anew. */
    private static boolean isSlug(String value) {
        if (value == null || value.isEmpty() || value.length() > 100 || value.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static void require(boolean condition, String item, String message) {
        if (!condition) {
            throw new InvalidValueException(Objects.requireNonNull(item), message);
        }
    }
}
