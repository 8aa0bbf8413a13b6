package gr.etwinning.synedrio.application.port.out.attendance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How to read an attendance export.
 *
 * @param platform the platform, or null to detect it from the file
 * @param columns  the operator's column mapping for a layout or language the reader does not know: keys
 *                 {@code name}, {@code email}, {@code join}, {@code leave} (and {@code duration}, {@code role}),
 *                 each the header's text; empty when none is given
 * @param zone     the time zone the export's times are written in
 * @param day      the session's day: a date that reads both day-first and month-first is read the way that gives
 *                 this day, and a row on another day is refused
 */
public record ReadOptions(Platform platform, Map<String, String> columns, ZoneId zone, LocalDate day) {

    public ReadOptions {
        columns = Map.copyOf(Objects.requireNonNull(columns, "'columns' must not be null"));
        Objects.requireNonNull(zone, "'zone' must not be null");
        Objects.requireNonNull(day, "'day' must not be null");
    }
}
