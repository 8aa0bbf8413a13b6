package gr.etwinning.synedrio.adapter.in.web;

import java.sql.SQLException;

/**
 * A failure as the server's log may hold it: every exception of the chain keeps its class and stack trace, so the
 * log shows what failed and where, but its message is withheld — a database driver's or a parser's message quotes
 * the values it refused (a consent time, a name), and the log never holds a field's value. What a SQL failure was
 * stays readable from its SQLSTATE and vendor code.
 */
final class LoggedFailure extends RuntimeException {

    private LoggedFailure(String description, Throwable cause, StackTraceElement[] trace) {
        super(description, cause, false, true);
        setStackTrace(trace);
    }

    /** The failure's chain with the messages withheld (at most 16 deep). */
    static LoggedFailure of(Throwable failure) {
        return copy(failure, 0);
    }

    private static LoggedFailure copy(Throwable t, int depth) {
        Throwable cause = t.getCause();
        LoggedFailure next = cause == null || cause == t || depth >= 16 ? null : copy(cause, depth + 1);
        return new LoggedFailure(describe(t), next, t.getStackTrace());
    }

    /** The class of a failure, with its SQLSTATE and vendor code if it is a SQL one; never its message. */
    static String describe(Throwable t) {
        StringBuilder s = new StringBuilder(t.getClass().getName());
        if (t instanceof SQLException sql) {
            s.append(" SQLSTATE ").append(sql.getSQLState()).append(", vendor code ").append(sql.getErrorCode());
        }
        return s.append(" (message withheld: it may quote request data)").toString();
    }

    @Override
    public String toString() {
        return getMessage(); // the original class is named in the description
    }
}
