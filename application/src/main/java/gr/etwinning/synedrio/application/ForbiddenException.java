package gr.etwinning.synedrio.application;

/**
 * The caller is known but may not touch this: a reviewer asking for a submission not assigned to them. The web
 * adapter answers 403.
 */
public final class ForbiddenException extends RuntimeException {

    private final String item;

    public ForbiddenException(String item, String message) {
        super(message);
        this.item = item;
    }

    public String item() {
        return item;
    }
}
