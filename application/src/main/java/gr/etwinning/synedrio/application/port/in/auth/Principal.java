package gr.etwinning.synedrio.application.port.in.auth;

/** Who a request acts for: the name the token was created with, and its scope. */
public record Principal(String name, Scope scope) {
}
