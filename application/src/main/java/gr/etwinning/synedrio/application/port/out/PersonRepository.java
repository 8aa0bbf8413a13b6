package gr.etwinning.synedrio.application.port.out;

import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.util.Collection;
import java.util.List;

/** Where the people the programme names are kept. */
public interface PersonRepository extends PersonDirectory {

    /** The persons with these ids that exist, in no particular order. */
    List<Person> findAll(Collection<PersonId> ids);

    /** Adds the person, or replaces every field of the stored one with the same id. */
    void save(Person person);
}
