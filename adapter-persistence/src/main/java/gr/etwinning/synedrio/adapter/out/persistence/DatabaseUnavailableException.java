package gr.etwinning.synedrio.adapter.out.persistence;

/**
 * The database cannot be reached or opened — the server is down, the URL or password is wrong, the file is locked —
 * or it is too busy to give a transaction its turn in time.
 */
public final class DatabaseUnavailableException extends gr.etwinning.synedrio.application.UnavailableException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
