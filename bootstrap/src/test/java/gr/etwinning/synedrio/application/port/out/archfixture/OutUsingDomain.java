package gr.etwinning.synedrio.application.port.out.archfixture;

import gr.etwinning.synedrio.domain.person.PersonId;

/** Obeys rule 4: a driven port that speaks only domain and JDK types. */
public interface OutUsingDomain {

    void store(PersonId person);
}
