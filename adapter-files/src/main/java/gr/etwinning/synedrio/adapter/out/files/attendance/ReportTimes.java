package gr.etwinning.synedrio.adapter.out.files.attendance;

import gr.etwinning.synedrio.application.port.out.attendance.AttendanceFileException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Dates, times and durations as the platforms write them, in whatever locale the organiser's interface used:
 * {@code 01/21/2021 08:58:30 PM} (Zoom, US month first), {@code 15/08/2022 01:27} (the same after Excel, day first,
 * no seconds), {@code 7/20/23, 4:16:29 PM} (Teams), {@code Nov 19, 2021 17:11:00} and {@code "Mar 22, 2025 7:13 PM"}
 * (Zoom webinars), {@code 13/04/2021 à 09:01:31} (Teams in French), {@code 20.11.2021, 18:00:12} (Polish, German),
 * {@code 20/11/2021, 6:00:12 μ.μ.} (Greek), {@code 2021-11-20 18:00:12}, and a time alone ({@code 18:14}).
 *
 * <p>A date such as {@code 11/12/2020} reads both ways. The session's day decides: the reading that falls on it (or on
 * the next day, for a meeting running past midnight) is taken; a date on no such day is refused, naming the line —
 * it is the wrong file for the session, or the wrong session.
 */
final class ReportTimes {

    private final ZoneId zone;
    private final LocalDate day;
    /** Dates already read: a report repeats its day on every row, and reading it costs more than the time. */
    private final java.util.Map<String, LocalDate> dates = new java.util.HashMap<>();

    ReportTimes(ZoneId zone, LocalDate day) {
        this.zone = zone;
        this.day = day;
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};
    private static final String[] GREEK_MONTHS = {"ιαν", "φεβ", "μαρ", "απρ", "μαι", "ιουν", "ιουλ", "αυγ", "σεπ",
            "οκτ", "νοε", "δεκ"};

    /** Whether a cell holds no time at all: empty, or a dash. */
    static boolean isEmpty(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.equals("-") || t.equals("--") || t.equals("—");
    }

    /** The instant a cell names, read in the report's zone on or next to the session's day. */
    Instant instant(String text, long line, String what) {
        return Instant.ofEpochSecond(epochSecond(text, line, what));
    }

    /** The date part of the last cell read, as written, and its date: a report repeats its day on every row. */
    private String lastDateText;
    private LocalDate lastDate;
    /** The zone's offset on {@link #offsetDate} in seconds, or {@link #CHANGING} when it changes around that day. */
    private LocalDate offsetDate;
    private int offset;
    private static final int CHANGING = Integer.MIN_VALUE;

    /**
     * The cell's instant in seconds since the epoch: its time scanned by hand, its date read once per report (the
     * same text again is the same date), and the zone's offset looked up once per day when it does not change
     * around that day — no date-time objects per row (two cells per row, a million rows per national import).
     */
    long epochSecond(String text, long line, String what) {
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        // the time: H:MM[:SS] with an optional AM/PM marker in English or Greek
        int[] tm = findTime(t);
        if (tm == null) {
            throw bad(line, what, t);
        }
        int hour = tm[2];
        int minute = tm[3];
        int second = tm[4];
        Boolean pm = tm[1] == t.length() ? null : meridiem(t, tm[1]);
        if (pm != null) {
            if (hour < 1 || hour > 12) {
                throw bad(line, what, t);
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw bad(line, what, t);
        }
        int dateEnd = tm[0];
        LocalDate date;
        if (lastDateText != null && lastDateText.length() == dateEnd && t.startsWith(lastDateText)) {
            date = lastDate;
        } else {
            String datePart = t.substring(0, dateEnd).toLowerCase(Locale.ROOT);
            date = dates.get(datePart);
            if (date == null) {
                date = date(datePart.replace(" à ", " ").replace(",", " ").strip(), line, what, t);
                if (dates.size() < 64) {
                    dates.put(datePart, date);
                }
            }
            lastDateText = t.substring(0, dateEnd);
            lastDate = date;
        }
        int secondOfDay = hour * 3600 + minute * 60 + second;
        if (!date.equals(offsetDate)) {
            offsetDate = date;
            offset = fixedOffset(date);
        }
        if (offset != CHANGING) {
            return date.toEpochDay() * 86_400 + secondOfDay - offset;
        }
        // the clocks change around that day: the zone's rules decide, a time in a gap moved on as java.time does
        return LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay)).atZone(zone).toEpochSecond();
    }

    /** The zone's offset throughout the day and a day either side of it, or {@link #CHANGING}. */
    private int fixedOffset(LocalDate date) {
        java.time.zone.ZoneRules rules = zone.getRules();
        long from = (date.toEpochDay() - 2) * 86_400;
        java.time.zone.ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(from));
        if (next != null && next.toEpochSecond() <= from + 5 * 86_400) {
            return CHANGING;
        }
        return rules.getOffset(Instant.ofEpochSecond(from + 2 * 86_400)).getTotalSeconds();
    }

    /**
     * The first time in the text, as the pattern {@code (?<![\d.:/-])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?}
     * finds it, scanned by hand (a million rows, two times each): start, end, hour, minute, second (0 when none);
     * null when there is none.
     */
    static int[] findTime(String s) {
        int n = s.length();
        for (int j = 0; j < n; j++) {
            if (!digit(s, j) || j > 0 && (digit(s, j - 1) || ".:/-".indexOf(s.charAt(j - 1)) >= 0)) {
                continue;
            }
            int colon;
            int hour;
            if (digit(s, j + 1) && at(s, j + 2, ':') && digit(s, j + 3) && digit(s, j + 4)) {
                colon = j + 2;
                hour = (s.charAt(j) - '0') * 10 + s.charAt(j + 1) - '0';
            } else if (at(s, j + 1, ':') && digit(s, j + 2) && digit(s, j + 3)) {
                colon = j + 1;
                hour = s.charAt(j) - '0';
            } else {
                continue;
            }
            int minute = (s.charAt(colon + 1) - '0') * 10 + s.charAt(colon + 2) - '0';
            int end = colon + 3;
            int second = 0;
            if (at(s, end, ':') && digit(s, end + 1) && digit(s, end + 2)) {
                second = (s.charAt(end + 1) - '0') * 10 + s.charAt(end + 2) - '0';
                end += 3;
            }
            if ((at(s, end, '.') || at(s, end, ',')) && digit(s, end + 1)) {
                end++;
                while (digit(s, end)) {
                    end++;
                }
            }
            return new int[] {j, end, hour, minute, second};
        }
        return null;
    }

    private static boolean digit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    /** AM or PM after the time, at {@code from}: spaces left out, in lower case, am or a.m. (π.μ.), pm or p.m. (μ.μ.). */
    private static Boolean meridiem(String t, int from) {
        char[] r = new char[4];
        int n = 0;
        for (int i = from; i < t.length() && n < r.length; i++) {
            char c = t.charAt(i);
            if (c != ' ') {
                r[n++] = Character.toLowerCase(c);
            }
        }
        if (starts(r, n, "am") || starts(r, n, "a.m.") || starts(r, n, "π.μ.") || starts(r, n, "πμ")) {
            return false;
        }
        if (starts(r, n, "pm") || starts(r, n, "p.m.") || starts(r, n, "μ.μ.") || starts(r, n, "μμ")) {
            return true;
        }
        return null;
    }

    private static boolean starts(char[] r, int n, String prefix) {
        if (n < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (r[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(String text, long line, String what, String whole) {
        if (text.strip().isEmpty()) {
            return day; // a time alone: the session's day
        }
        Integer month = monthName(text);
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group()));
        }
        java.util.List<LocalDate> readings = new java.util.ArrayList<>();
        if (month != null) {
            // "Nov 19, 2021" or "19 Nov 2021"
            if (numbers.size() == 2) {
                int a = numbers.get(0);
                int b = numbers.get(1);
                add(readings, b > 31 ? b : a, month, b > 31 ? a : b);
            }
        } else if (numbers.size() == 3) {
            int a = numbers.get(0);
            int b = numbers.get(1);
            int c = numbers.get(2);
            if (text.strip().matches("^\\d{4}.*")) {
                add(readings, a, b, c); // 2021-11-20
            } else {
                int year = c < 100 ? 2000 + c : c;
                boolean dotted = text.contains(".");
                if (!dotted) {
                    add(readings, year, a, b); // US month first
                }
                add(readings, year, b, a); // day first
            }
        }
        if (readings.isEmpty()) {
            throw bad(line, what, whole);
        }
        for (LocalDate r : readings) {
            if (r.equals(day)) {
                return r;
            }
        }
        for (LocalDate r : readings) {
            if (r.equals(day.plusDays(1))) {
                return r;
            }
        }
        throw new AttendanceFileException(line, what + " '" + whole + "' is on " + readings.get(0)
                + ", not on the session's day " + day + "; is it the right file for this session?");
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

    private static void add(java.util.List<LocalDate> readings, int year, int month, int dayOfMonth) {
        try {
            LocalDate date = LocalDate.of(year, month, dayOfMonth);
            if (!readings.contains(date)) {
                readings.add(date);
            }
        } catch (DateTimeException e) {
            // not a reading
        }
    }

    private static Integer monthName(String text) {
        String t = gr.etwinning.synedrio.domain.text.GreekText.key(text);
        for (String word : t.split(" ")) {
            if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            for (int i = 0; i < 12; i++) {
                if (word.startsWith(MONTHS[i]) || word.startsWith(GREEK_MONTHS[i])) {
                    return i + 1;
                }
            }
        }
        return null;
    }

    private static AttendanceFileException bad(long line, String what, String text) {
        return new AttendanceFileException(line, what + " '" + text + "' is not a date and time this reader "
                + "knows (e.g. 11/20/2021 06:00:12 PM, 20/11/2021 18:00, Nov 20, 2021 18:00:12)");
    }

    /**
     * Seconds of a duration: {@code 78} (minutes, Zoom), {@code 01:13:42} or {@code 59:35}, {@code 1h 13m 42s},
     * {@code 2 godz. 19 min 19 s}, {@code 2 h 44 m}, {@code 1 ώρ. 5 λεπ.}; null when it is none of these.
     */
    static Long seconds(String text) {
        if (isEmpty(text)) {
            return null;
        }
        String t = text.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+")) {
            return Long.parseLong(t) * 60;
        }
        if (t.matches("\\d+:\\d{2}(:\\d{2})?")) {
            String[] p = t.split(":");
            return p.length == 3 ? Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60 + Long.parseLong(p[2])
                    : Long.parseLong(p[0]) * 60 + Long.parseLong(p[1]);
        }
        java.util.regex.Matcher m = UNIT.matcher(t);
        long total = 0;
        boolean any = false;
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2);
            if (unit.startsWith("h") || unit.startsWith("g") || unit.startsWith("ώ") || unit.startsWith("ω")
                    || unit.startsWith("st")) {
                total += n * 3600;
            } else if (unit.startsWith("m") || unit.startsWith("λ")) {
                total += n * 60;
            } else {
                total += n;
            }
            any = true;
        }
        return any ? total : null;
    }

    private static final java.util.regex.Pattern UNIT =
            java.util.regex.Pattern.compile("(\\d+)\\s*(godz|hours?|hrs?|h|ώρ\\S*|ωρ\\S*|std|minutes?|mins?|m|"
                    + "λεπ\\S*|λ|sek\\S*|sec\\S*|seg\\S*|s|δευτ\\S*|δ)");
}
