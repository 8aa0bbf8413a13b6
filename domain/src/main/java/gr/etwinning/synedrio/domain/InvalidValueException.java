package gr.etwinning.synedrio.domain;

/** A value that can never be right on its own: a blank title, an end before its start, an unknown kind. */
public final class InvalidValueException extends DomainException {

    public InvalidValueException(String item, String message) {
        super(item, message);
    }
}
