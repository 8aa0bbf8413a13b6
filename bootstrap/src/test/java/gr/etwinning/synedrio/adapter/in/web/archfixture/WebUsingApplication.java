package gr.etwinning.synedrio.adapter.in.web.archfixture;

import gr.etwinning.synedrio.application.port.in.auth.AuthenticateUseCase;

/** Obeys rules 4 and 5: the web adapter talks to a use case only. */
public final class WebUsingApplication {

    private final AuthenticateUseCase authenticate;

    public WebUsingApplication(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    public boolean known(String secret) {
        return authenticate.authenticate(secret).isPresent();
    }
}
