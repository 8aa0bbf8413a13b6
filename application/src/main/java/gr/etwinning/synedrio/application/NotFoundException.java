package gr.etwinning.synedrio.application;

/** What a request names does not exist: edition 99, token 'x'. */
public final class NotFoundException extends RuntimeException {

    private final String item;

    public NotFoundException(String item, String message) {
        super(message);
        this.item = item;
    }

    public String item() {
        return item;
    }
}
