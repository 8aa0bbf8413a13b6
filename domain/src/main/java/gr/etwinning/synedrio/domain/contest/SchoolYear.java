package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, September to June: "2020-2021" (also typed "2020-21" or "2020–2021"). */
public record SchoolYear(int startYear) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})");

    public SchoolYear {
        if (startYear < 1990 || startYear > 2100) {
            throw new InvalidValueException("school year", "school year must start between 1990 and 2100, not in "
                    + startYear);
        }
    }

    public static SchoolYear parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidValueException("school year", "school year '" + text + "' is not written like 2020-2021");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (m.group(2).length() == 2) {
            end += start / 100 * 100;
        }
        if (end != start + 1) {
            throw new InvalidValueException("school year", "school year '" + text + "' must end the year after it"
                    + " starts, like " + start + "-" + (start + 1));
        }
        return new SchoolYear(start);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
