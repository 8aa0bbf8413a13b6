package gr.etwinning.synedrio.application.port.in.auth;

import java.util.Optional;

/** Tells who presents a token, or empty if the token is unknown or revoked. */
public interface AuthenticateUseCase {

    Optional<Principal> authenticate(String secret);
}
