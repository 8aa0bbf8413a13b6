package gr.etwinning.synedrio.application.port.out.mail;

/**
 * A message was not delivered. {@code serverFailure}: the server could not be reached or dropped the connection
 * (nothing is wrong with the message; try it again later). {@code permanent}: the server refused this message for
 * good (e.g. an unknown recipient, 5xx); trying again will not help.
 */
public final class MailDeliveryException extends Exception {

    private final boolean serverFailure;
    private final boolean permanent;

    public MailDeliveryException(String message, boolean serverFailure, boolean permanent, Throwable cause) {
        super(message, cause);
        this.serverFailure = serverFailure;
        this.permanent = permanent;
    }

    public boolean serverFailure() {
        return serverFailure;
    }

    public boolean permanent() {
        return permanent;
    }
}
