package gr.etwinning.synedrio.domain.report;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.text.GreekNumerals;

import java.time.LocalDate;

/**
 * A figure the system cannot count itself, as an operator recorded it: its value, how exact it is, how the source
 * writes it, where it comes from and when it was true.
 *
 * @param written how the source writes the number, when it should be kept ("4500" where the release does not group
 *                thousands); it must read as {@code value}. Absent, the report groups thousands with a dot ("7.000").
 * @param source  where the figure comes from, in words ("εγγραφές της πλατφόρμας", "YouTube, 25/11/2021")
 * @param asOf    when the figure was true, when it changes with time (views, community statistics)
 */
public record Figure(FigureKey key, long value, Qualifier qualifier, String written, String source, LocalDate asOf) {

    /** Larger than any count a conference can meet; a longer number is a typing error. */
    public static final long MAX = 999_999_999_999L;

    public Figure {
        Check.notNull(key, "figure key");
        if (value < 0 || value > MAX) {
            throw new InvalidValueException("figure '" + key + "'", "figure '" + key + "' must be a whole number"
                    + " from 0 to " + GreekNumerals.grouped(MAX) + ", not " + value);
        }
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        written = Check.optionalText(written, "written form of figure '" + key + "'", 40);
        if (written != null && GreekNumerals.parse(written, "written form of figure '" + key + "'") != value) {
            throw new InvalidValueException("figure '" + key + "'", "figure '" + key + "' is " + value
                    + " but is written '" + written + "', which reads as another number");
        }
        source = Check.optionalText(source, "source of figure '" + key + "'", 1000);
    }

    /** The number as the report prints it: as the source wrote it, or grouped with dots. */
    public String display() {
        return written != null ? written : GreekNumerals.grouped(value);
    }
}
