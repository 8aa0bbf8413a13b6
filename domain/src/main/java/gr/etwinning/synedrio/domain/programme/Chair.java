package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.person.PersonId;

/** A person presiding over a session, referred to by id. */
public record Chair(PersonId person, ChairRole role) {

    public Chair {
        Check.notNull(person, "chair");
        role = role == null ? ChairRole.CHAIR : role;
    }
}
