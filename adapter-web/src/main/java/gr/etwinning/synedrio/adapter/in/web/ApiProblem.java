package gr.etwinning.synedrio.adapter.in.web;

/**
 * An error answered as {@code application/problem+json} (RFC 9457). Thrown by controllers for what only the HTTP
 * layer can see: a path parameter that is not a number, a body that is not JSON, a missing token.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String item;

    public ApiProblem(int status, String type, String title, String detail, String item) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.item = item;
    }

    public static ApiProblem badRequest(String detail, String item) {
        return new ApiProblem(400, "invalid-input", "The request is not valid", detail, item);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String item() {
        return item;
    }
}
