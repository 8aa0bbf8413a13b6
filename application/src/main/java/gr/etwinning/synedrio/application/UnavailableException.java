package gr.etwinning.synedrio.application;

/**
 * Synedrio cannot serve the request now, through no fault of the request: the database is unreachable, or so busy
 * that the request could not get its turn in time. Nothing was written; the same request may succeed later.
 */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
