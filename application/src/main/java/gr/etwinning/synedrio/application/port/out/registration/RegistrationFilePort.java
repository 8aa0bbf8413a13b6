package gr.etwinning.synedrio.application.port.out.registration;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Registrations as a spreadsheet holds them (the README's "CSV import"): read from a file whose columns are
 * recognised by meaning, in Greek or English, and written with Greek headers for Excel. A file that cannot be read
 * at all (no header, a column missing, not UTF-8, a quote left open) is refused with an
 * {@link gr.etwinning.synedrio.domain.InvalidValueException} naming the source and, where there is one, the line;
 * a row that cannot be read is listed with its line and the file is read on.
 */
public interface RegistrationFilePort {

    /** @param source the file's name, for messages */
    RegistrationsFile read(InputStream content, String source);

    /**
     * Reads the file as it goes, giving each row, or each row that cannot be read, to the sink in the file's order
     * (only one row is in memory at a time); a file that cannot be read at all is refused as {@link #read} does.
     * Returns the columns set aside.
     */
    List<String> stream(InputStream content, String source, FileRowSink sink);

    /** Takes the rows {@link #stream} reads. */
    interface FileRowSink {
        void row(FileRow row);

        void refused(FileRefusal refused);
    }

    /** The registrations as CSV text, with a byte-order mark, separated by ';' or ','. */
    String write(List<RegistrationLine> registrations, char separator);

    /** The same, written to {@code out} as the lines come (from a database cursor): nothing held in memory. */
    LineWriter writer(Appendable out, char separator);

    /** Writes an export's lines one by one; the header is written when it is made. */
    interface LineWriter {
        void write(RegistrationLine line);
    }

    /** What a file holds: its rows, rows refused before any check of their content, and the columns set aside. */
    record RegistrationsFile(List<FileRow> rows, List<FileRefusal> refused, List<String> ignoredColumns) {
        public RegistrationsFile {
            rows = List.copyOf(rows);
            refused = List.copyOf(refused);
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }

    /** A row as written in the file (blank cells as null), and the line it starts on. */
    record FileRow(int line, String fullName, String email, String school, String specialty, String level,
                   boolean consent, Instant consentAt) {
    }

    /** A row that could not be read, and why, in words that name no personal datum. */
    record FileRefusal(int line, String reason) {
    }

    /** One participant's line of an export; {@code level} is primary or secondary, workshops by id. */
    record RegistrationLine(String fullName, String email, String school, String specialty, String level,
                            Instant consentAt, Instant registeredAt, List<String> confirmed, List<String> waiting) {
        public RegistrationLine {
            confirmed = List.copyOf(confirmed);
            waiting = List.copyOf(waiting);
        }
    }
}
