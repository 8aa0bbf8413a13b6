package gr.etwinning.synedrio.application.port.in.archfixture;

import gr.etwinning.synedrio.domain.person.PersonId;
import java.util.Optional;

/** Obeys rule 4: a driving port that speaks only domain and JDK types. */
public interface InUsingDomain {

    Optional<PersonId> find(String slug);
}
