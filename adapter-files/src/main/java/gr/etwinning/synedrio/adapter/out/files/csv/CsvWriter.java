package gr.etwinning.synedrio.adapter.out.files.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV records that {@link CsvReader} (and Excel, LibreOffice, Google Sheets) read back as written: a field is
 * quoted when it holds the separator, a quote or a line break (and, in the {@link Style#plain() plain} style, when it
 * starts or ends with a space), quotes doubled inside. With Excel's formula guard, text that a spreadsheet would
 * run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading apostrophe, so that a name typed by the public cannot execute in an operator's spreadsheet;
 * {@link #unguard(String)} takes it off again on import.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * How records are written: the separator, the line ending, whether formula-like text is guarded, and whether a
     * field with spaces at either end is quoted so that they survive a reader that strips fields.
     */
    public record Style(char separator, String lineEnd, boolean formulaGuard, boolean quotePadded) {

        public Style {
            Objects.requireNonNull(lineEnd, "'lineEnd' must not be null");
            if (separator != ',' && separator != ';' && separator != '\t') {
                throw new IllegalArgumentException("a CSV separator is ',', ';' or a tab, not '" + separator + "'");
            }
        }

        /** For spreadsheets: CRLF, the formula guard, the given separator (';' for Excel in Greek locales). */
        public static Style excel(char separator) {
            return new Style(separator, "\r\n", true, false);
        }

        /** For data exchange: commas, LF, no guard (the text is data, not a sheet), padded fields quoted. */
        public static Style plain() {
            return new Style(',', "\n", false, true);
        }
    }

    private final Appendable out;
    private final Style style;

    public CsvWriter(Appendable out, Style style) {
        this.out = Objects.requireNonNull(out, "'out' must not be null");
        this.style = Objects.requireNonNull(style, "'style' must not be null");
    }

    /** The byte-order mark that makes Excel read UTF-8 (and so Greek) correctly; write it first. */
    public CsvWriter byteOrderMark() {
        append("\uFEFF");
        return this;
    }

    /** One record and its line ending; a {@code null} field is written empty. */
    public CsvWriter write(List<String> fields) {
        append(line(fields, style));
        return this;
    }

    /** One record as text, with its line ending. */
    public static String line(List<String> fields, Style style) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(style.separator());
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (style.formulaGuard()) {
                f = guard(f);
            }
            boolean quote = f.indexOf(style.separator()) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0 || (style.quotePadded() && !f.equals(f.strip()));
            if (quote) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        return line.append(style.lineEnd()).toString();
    }

    /** Text that a spreadsheet would run as a formula, with an apostrophe before it; other text as it is. */
    public static String guard(String field) {
        if (!field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0) {
            return "'" + field;
        }
        return field;
    }

    /** A field as read, with the apostrophe that {@link #guard(String)} puts before formula-like text taken off. */
    public static String unguard(String field) {
        if (field.length() > 1 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0) {
            return field.substring(1);
        }
        return field;
    }

    private void append(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
