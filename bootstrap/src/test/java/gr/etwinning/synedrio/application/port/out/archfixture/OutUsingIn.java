package gr.etwinning.synedrio.application.port.out.archfixture;

import gr.etwinning.synedrio.application.port.in.auth.Principal;

/** Violates rule 4: a driven port that knows a driving port's type. */
public interface OutUsingIn {

    void store(Principal principal);
}
