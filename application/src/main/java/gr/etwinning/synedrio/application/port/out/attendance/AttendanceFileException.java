package gr.etwinning.synedrio.application.port.out.attendance;

/**
 * An attendance export that cannot be read as given: an unknown layout, a row that breaks off, a date that is
 * not one, a row on another day than the session's. The message names the line, so that the operator can find it;
 * nothing is written.
 */
public final class AttendanceFileException extends IllegalArgumentException {

    private final long line;

    public AttendanceFileException(long line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** The line the problem is on, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
