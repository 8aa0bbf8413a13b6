package gr.etwinning.synedrio.application;

/**
 * The request is fine but the stored state refuses it: the edition exists already, or somebody changed it since the
 * version the request was based on. Nothing was written.
 */
public final class ConflictException extends RuntimeException {

    private final String item;

    public ConflictException(String item, String message) {
        super(message);
        this.item = item;
    }

    public String item() {
        return item;
    }
}
