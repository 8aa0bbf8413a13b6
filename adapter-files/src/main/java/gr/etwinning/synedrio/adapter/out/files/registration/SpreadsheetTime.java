package gr.etwinning.synedrio.adapter.out.files.registration;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time as a spreadsheet or a form writes it, read exactly or not at all: never replaced by another
 * time. Day first, as Greek Excel and Google Forms in Greek write it ({@code 1/12/2020 10:00} is the first of
 * December), with {@code /}, {@code .} or {@code -}, with or without seconds and fractions of a second, an optional
 * comma after the date and an optional π.μ./μ.μ. or AM/PM; a date alone means its midnight. ISO 8601
 * ({@code 2020-12-01 10:00}, {@code 2020-12-01T10:00:00Z}, with an offset) is read too. Times without an offset are
 * local times in Greece.
 *
 * <p>Kept apart from the CSV reading so that any file format can use it.
 */
final class SpreadsheetTime {

    /** Times in files are local times in Greece unless they carry an offset. */
    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    /** What a value that is not a time is told. */
    static final String EXAMPLE = "a date and time such as 25/10/2021 14:30:00 (day first) or 2021-10-25 14:30";

    private static final String TIME = "(?:,?\\s*(?:\\s|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "\\s*(π\\.?\\s?μ\\.?|μ\\.?\\s?μ\\.?|am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Why a value is not a time: the message names what was expected, never the value (it may be personal). */
    static final class NotATimeException extends IllegalArgumentException {
        NotATimeException(String message) {
            super(message);
        }
    }

    private SpreadsheetTime() {
    }

    /** Whether the text is written as a date (it may still be an impossible one, which {@link #parse} refuses). */
    static boolean looksLikeTime(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        // Every form begins with a digit (or an ISO year's sign): a "Ναι" is told apart without a parse that throws,
        // which was a fifth of a national import's reading.
        if (!startsLikeTime(t)) {
            return false;
        }
        return DAY_FIRST.matcher(t).matches() || YEAR_FIRST.matcher(t).matches() || offsetTime(t) != null;
    }

    /**
     * The instant the text names; {@code null} for a blank text.
     *
     * @throws NotATimeException when the text is not a date and time of a known form, or names no real one
     *         (31/2/2021, 25:00)
     */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Instant withOffset = offsetTime(t);
        if (withOffset != null) {
            return withOffset;
        }
        Matcher m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            return local(m.group(4), m.group(3), m.group(1), m, 5);
        }
        m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return local(m.group(1), m.group(2), m.group(3), m, 4);
        }
        throw new NotATimeException("it is not " + EXAMPLE);
    }

    private static boolean startsLikeTime(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return c >= '0' && c <= '9' || c == '+' || c == '-';
    }

    private static Instant offsetTime(String t) {
        // the shortest ISO time with an offset, 2021-10-25T11:30Z, has 17 characters
        if (t.length() < 17 || !startsLikeTime(t)) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // not in UTC; perhaps with an offset
        }
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static Instant local(String year, String month, String day, Matcher m, int first) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (m.group(first) == null) {
                return date.atStartOfDay(ATHENS).toInstant();
            }
            int hour = Integer.parseInt(m.group(first));
            int minute = Integer.parseInt(m.group(first + 1));
            int second = m.group(first + 2) == null ? 0 : Integer.parseInt(m.group(first + 2));
            String fraction = m.group(first + 3);
            int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
            String half = m.group(first + 4);
            if (half != null) {
                String h = half.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
                boolean afternoon = h.equals("pm") || h.equals("μμ");
                if (hour < 1 || hour > 12) {
                    throw new NotATimeException("the hour must be 1 to 12 before " + half);
                }
                hour = hour % 12 + (afternoon ? 12 : 0);
            }
            return LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute, second,
                    nanos).atZone(ATHENS).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw new NotATimeException("it names no real date and time (day first: day/month/year hour:minute)");
        }
    }
}
