package gr.etwinning.synedrio.adapter.in.cli;

/** What the command's exit code tells a script. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** Refused: malformed input, unknown id, a rule the change would break, a conflicting change. Nothing written. */
    public static final int REFUSED = 1;
    /** Wrong usage: unknown command or option, missing argument. */
    public static final int USAGE = 2;
    /** Could not run: the database is unreachable, or Synedrio failed. */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
