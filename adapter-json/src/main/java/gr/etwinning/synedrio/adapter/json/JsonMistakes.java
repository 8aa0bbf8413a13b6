package gr.etwinning.synedrio.adapter.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a JSON value in words for whoever wrote it, not in Java type names. Both driving adapters
 * read JSON with Jackson (the API's bodies, the command line's dataset and draft files) and explain its refusals
 * the same way through this one class.
 */
public final class JsonMistakes {

    private JsonMistakes() {
    }

    /** Where the mistake is: "sessions[2].start", or "the top level". */
    public static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "the top level";
        }
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining("")).replaceFirst("^\\.", "");
    }

    /** What is wrong, e.g. "'25:00' is not a time written HH:MM (00:00 to 23:59)". */
    public static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType());
        }
        return e.getOriginalMessage().replaceAll("\\s+", " ").replaceAll("`[^`]*`", "this").replaceAll(
                "\\(.*\\)", "");
    }

    /**
     * Jackson's words without its internals: "(start marker at [Source: REDACTED (`StreamReadFeature…` disabled);
     * line: 1, column: 1])" becomes "(opened at line 1, column 1)", and any other "[Source: …]" goes.
     */
    public static String parserSays(String message) {
        return message.replaceAll("\\s+", " ")
                .replaceAll("\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)",
                        "(opened at line $1, column $2)")
                .replaceAll(" ?(at )?\\[Source: .*?; line: \\d+, column: \\d+\\]", "")
                .strip();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == LocalTime.class) {
            return "a time written HH:MM (00:00 to 23:59)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number in range";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }
}
