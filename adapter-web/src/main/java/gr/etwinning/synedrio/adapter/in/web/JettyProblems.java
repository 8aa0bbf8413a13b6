package gr.etwinning.synedrio.adapter.in.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * The errors Jetty answers itself, before a request reaches a route — a URL too long (414), headers too large (431),
 * a path Jetty will not resolve ({@code %00}, {@code ..} above the root, {@code %2F}, bad percent-encoding: 400) —
 * as {@code application/problem+json} like every other error of the API, instead of Jetty's HTML page. Jetty
 * cannot always tell the path of a request it could not parse, so these errors are problem+json everywhere.
 */
final class JettyProblems extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request Jetty could not even parse: the answer is written straight to the connection. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemWebModel.CONTENT_TYPE);
        return ByteBuffer.wrap(body(status, reason, null));
    }

    /** A request Jetty parsed but refused (an ambiguous or undecodable path, say). */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        byte[] body = body(response.getStatus(), message == null ? null : message.toString(), null);
        response.setContentType(ProblemWebModel.CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] body(int status, String reason, String instance) {
        String detail = switch (status) {
            case 414 -> "the URL is longer than this server accepts; send the data in the body";
            case 431 -> "the request's headers are larger than this server accepts";
            case 400 -> "the request is malformed" + (reason == null || reason.isBlank() ? ""
                    : ": " + reason.replaceAll("(?i)[a-z.]*exception:?\\s*", "").strip());
            default -> reason == null || reason.isBlank() ? "the request cannot be answered" : reason;
        };
        try {
            return JSON.writeValueAsBytes(new ProblemWebModel("urn:synedrio:problem:http-" + status,
                    status == 400 ? "The request is not valid" : "The request cannot be answered", status, detail,
                    instance, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
