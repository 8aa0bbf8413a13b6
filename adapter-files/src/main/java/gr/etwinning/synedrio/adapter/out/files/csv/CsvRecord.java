package gr.etwinning.synedrio.adapter.out.files.csv;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV file: the line it starts on (1 = the file's first line; a quoted field may carry it over
 * several lines) and its fields as read, quotes taken off.
 */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        Objects.requireNonNull(fields, "'fields' must not be null");
        fields = List.copyOf(fields);
    }

    /** How many fields the record has. */
    public int size() {
        return fields.size();
    }

    /** The field at {@code index} (0 = the first), or the empty text when the record is shorter. */
    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** Whether every field is blank (a line of separators only). */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
