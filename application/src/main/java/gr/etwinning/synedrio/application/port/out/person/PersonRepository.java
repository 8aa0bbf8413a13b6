package gr.etwinning.synedrio.application.port.out.person;

import gr.etwinning.synedrio.domain.person.Person;
import gr.etwinning.synedrio.domain.person.PersonDirectory;
import gr.etwinning.synedrio.domain.person.PersonId;

import java.util.Collection;
import java.util.List;

/** Where the people the programme names are kept. */
public interface PersonRepository extends PersonDirectory {

    /** The persons with these ids that exist, in no particular order. */
    List<Person> findAll(Collection<PersonId> ids);

    /**
     * Persons whose stored search key (their names folded by {@link gr.etwinning.synedrio.domain.text.GreekText#key})
     * has a word starting with each of {@code words}, at most {@code limit} of them, in no particular order.
     */
    List<Person> search(List<String> words, int limit);

    /** Adds the person, or replaces every field of the stored one with the same id. */
    void save(Person person);
}
