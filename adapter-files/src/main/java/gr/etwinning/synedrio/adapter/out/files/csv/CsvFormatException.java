package gr.etwinning.synedrio.adapter.out.files.csv;

/**
 * A file that is not CSV as the reader understands it, or not in an encoding it knows; {@link #line()} is the line
 * of the file where the trouble starts, and the message begins with it ("line 7: …").
 */
public final class CsvFormatException extends RuntimeException {

    private final int line;

    public CsvFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** The line of the file (1 = the first) where the trouble starts. */
    public int line() {
        return line;
    }

    /** The message without its leading "line N: ". */
    public String problem() {
        return getMessage().substring(getMessage().indexOf(": ") + 2);
    }
}
