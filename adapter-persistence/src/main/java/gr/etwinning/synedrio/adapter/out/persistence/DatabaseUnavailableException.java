package gr.etwinning.synedrio.adapter.out.persistence;

/** The database cannot be reached or opened: the server is down, the URL or password is wrong, the file is locked. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
