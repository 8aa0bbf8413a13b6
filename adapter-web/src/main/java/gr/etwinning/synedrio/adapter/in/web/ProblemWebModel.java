package gr.etwinning.synedrio.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of an error (RFC 9457): {@code type} is {@code urn:synedrio:problem:<code>}, {@code item} names what the
 * error is about (a field, a session, an edition), {@code rule} the broken rule when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemWebModel(String type, String title, int status, String detail, String instance, String item,
                              String rule) {

    public static final String CONTENT_TYPE = "application/problem+json";
}
