package gr.etwinning.synedrio.domain.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Dates and times as a Greek press release writes them: "19 έως 21 Νοεμβρίου 2021" (months in the genitive),
 * "Παρασκευή, 19/11/2021", "9.00 πμ". Written without {@code java.text}, so the domain needs no locale data.
 */
public final class GreekDates {

    private static final String[] MONTHS_GENITIVE = {"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου",
        "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"};
    private static final String[] WEEKDAYS = {"Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο",
        "Κυριακή"};

    private GreekDates() {
    }

    /** "19 Νοεμβρίου 2021". */
    public static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " " + monthGenitive(date) + " " + date.getYear();
    }

    /**
     * A span of days: "19 έως 21 Νοεμβρίου 2021", "30 Νοεμβρίου έως 2 Δεκεμβρίου 2021", "30 Δεκεμβρίου 2021 έως 1
     * Ιανουαρίου 2022"; one day is just "19 Νοεμβρίου 2021".
     */
    public static String range(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return longDate(start);
        }
        if (start.getYear() != end.getYear()) {
            return longDate(start) + " έως " + longDate(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return start.getDayOfMonth() + " " + monthGenitive(start) + " έως " + longDate(end);
        }
        return start.getDayOfMonth() + " έως " + longDate(end);
    }

    /** "19/11/2021"; day and month are not padded with zeros ("5/3/2022"). */
    public static String numeric(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** "22-11-2021", as the release dates its community statistics. */
    public static String dashed(LocalDate date) {
        return String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "Παρασκευή". */
    public static String weekday(LocalDate date) {
        return weekday(date.getDayOfWeek());
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** The weekday in the genitive, as in "οι συνεδρίες της Κυριακής", "του Σαββάτου". */
    public static String weekdayGenitive(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "Δευτέρας";
            case TUESDAY -> "Τρίτης";
            case WEDNESDAY -> "Τετάρτης";
            case THURSDAY -> "Πέμπτης";
            case FRIDAY -> "Παρασκευής";
            case SATURDAY -> "Σαββάτου";
            case SUNDAY -> "Κυριακής";
        };
    }

    public static String monthGenitive(LocalDate date) {
        return MONTHS_GENITIVE[date.getMonthValue() - 1];
    }

    /** "9.00 πμ", "7.00 μμ", "12.30 μμ" (noon), "12.15 πμ" (just after midnight). */
    public static String time(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + "." + String.format("%02d", time.getMinute()) + (time.getHour() < 12 ? " πμ" : " μμ");
    }
}
