package gr.etwinning.synedrio.domain;

/**
 * Base of every error the model raises. Its message is written for the operator who typed the data: it names
 * the item and the rule in plain words.
 */
public abstract class DomainException extends RuntimeException {

    private final String item;

    protected DomainException(String item, String message) {
        super(message);
        this.item = item;
    }

    /** What the error is about, as the operator knows it: "session 'd2-primary'", "edition", "speaker #2". */
    public String item() {
        return item;
    }
}
