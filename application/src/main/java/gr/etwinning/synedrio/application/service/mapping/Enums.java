package gr.etwinning.synedrio.application.service.mapping;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values as files and the API write them: lower case with hyphens ("round-table", "nss-member"). */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String item) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(item, item + " is missing; expected one of " + allowed(type));
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new InvalidValueException(item, item + " '" + value + "' is not one of " + allowed(type));
    }

    public static <E extends Enum<E>> E parseOptional(Class<E> type, String value, String item) {
        return value == null || value.isBlank() ? null : parse(type, value, item);
    }

    public static String write(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enums::write).collect(Collectors.joining(", "));
    }
}
