package gr.etwinning.synedrio.application.port.out.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a meeting platform's attendance export (Zoom, Zoom webinar, Teams, Webex, BigBlueButton) as a stream of
 * rows, never holding the file whole. Implemented in the files adapter, which knows the formats.
 */
public interface AttendanceReportReader {

    /**
     * Reads every row of the export and hands each to {@code rows}, in file order.
     *
     * @return the platform (detected, or the one given) and how many rows were read
     * @throws AttendanceFileException when the file is not a known export or a row cannot be read (its line named)
     */
    ReadSummary read(InputStream in, ReadOptions options, Consumer<AttendanceRow> rows) throws IOException;

    /** What a read found: the platform, and the number of person rows (staff and absent ones included). */
    record ReadSummary(Platform platform, long rowsRead) {
    }
}
