package gr.etwinning.synedrio.adapter.out.files.schedule;

import gr.etwinning.synedrio.application.port.out.schedule.Schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * iCalendar (RFC 5545): lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; TEXT
 * values escape backslash, semicolon, comma and newlines. Times are local to TZID Europe/Athens, with its
 * VTIMEZONE, when the conference runs on Athens time, and UTC otherwise. An event whose time is unknown is an
 * all-day event on its day (VALUE=DATE) and says so in its description. DTSTAMP is the conference's first day, so
 * that exporting twice gives the same bytes.
 */
final class ICalendarWriter {

    static final String ATHENS = "Europe/Athens";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<String> lines = new ArrayList<>();

    private ICalendarWriter() {
    }

    static String write(Schedule schedule, String generatorVersion) {
        ICalendarWriter w = new ICalendarWriter();
        w.calendar(schedule, generatorVersion);
        StringBuilder out = new StringBuilder();
        for (String line : w.lines) {
            fold(line, out);
        }
        return out.toString();
    }

    private void calendar(Schedule s, String generatorVersion) {
        Schedule.Conference c = s.conference();
        boolean athens = ATHENS.equals(c.timeZone());
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//eTwinning Greece//Synedrio " + generatorVersion + "//EL");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(c.title()));
        if (athens) {
            line("X-WR-TIMEZONE:" + ATHENS);
            athensTimeZone();
        }
        String stamp = c.start().atStartOfDay().format(LOCAL) + "Z";
        for (Schedule.Day d : c.days()) {
            for (List<Schedule.Event> events : d.rooms().values()) {
                for (Schedule.Event e : events) {
                    event(e, d.date(), athens, stamp);
                }
            }
        }
        line("END:VCALENDAR");
    }

    private void event(Schedule.Event e, LocalDate day, boolean athens, String stamp) {
        line("BEGIN:VEVENT");
        line("UID:" + e.guid() + "@synedrio");
        line("DTSTAMP:" + stamp);
        if (Schedule.UNKNOWN_TIME_NOTE.equals(e.description())) {
            line("DTSTART;VALUE=DATE:" + day.format(DATE));
            line("DTEND;VALUE=DATE:" + day.plusDays(1).format(DATE));
        } else if (athens) {
            line("DTSTART;TZID=" + ATHENS + ":" + e.date().toLocalDateTime().format(LOCAL));
            line("DTEND;TZID=" + ATHENS + ":" + e.end().toLocalDateTime().format(LOCAL));
        } else {
            line("DTSTART:" + e.date().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(LOCAL) + "Z");
            line("DTEND:" + e.end().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(LOCAL) + "Z");
        }
        line("SUMMARY:" + text(e.title()));
        line("LOCATION:" + text(e.room()));
        StringBuilder description = new StringBuilder(e.subtitle() == null ? "" : e.subtitle());
        if (!e.persons().isEmpty()) {
            description.append("\nΟμιλητές: ").append(String.join(", ", e.persons()));
        }
        if (e.abstractText() != null) {
            description.append("\nΘέμα: ").append(e.abstractText());
        }
        if (e.description() != null) {
            description.append('\n').append(e.description());
        }
        line("DESCRIPTION:" + text(description.toString().strip()));
        line("CATEGORIES:" + text(e.track()));
        line("URL:" + e.url());
        line("END:VEVENT");
    }

    /** Athens: EET (+02:00) in winter, EEST (+03:00) from the last Sunday of March to the last of October. */
    private void athensTimeZone() {
        line("BEGIN:VTIMEZONE");
        line("TZID:" + ATHENS);
        line("BEGIN:DAYLIGHT");
        line("TZOFFSETFROM:+0200");
        line("TZOFFSETTO:+0300");
        line("TZNAME:EEST");
        line("DTSTART:19810329T030000");
        line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        line("END:DAYLIGHT");
        line("BEGIN:STANDARD");
        line("TZOFFSETFROM:+0300");
        line("TZOFFSETTO:+0200");
        line("TZNAME:EET");
        line("DTSTART:19961027T040000");
        line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        line("END:STANDARD");
        line("END:VTIMEZONE");
    }

    private void line(String content) {
        lines.add(content);
    }

    /** A TEXT value (RFC 5545 §3.3.11). */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\': out.append("\\\\"); break;
                case ';': out.append("\\;"); break;
                case ',': out.append("\\,"); break;
                case '\n': out.append("\\n"); break;
                case '\r': break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character, and ends it in CRLF. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
