package gr.etwinning.synedrio.domain.person;

import java.util.Optional;

/** Where the programme's rules look up the people it names: the programme refers to persons by id only. */
@FunctionalInterface
public interface PersonDirectory {

    Optional<Person> find(PersonId id);
}
