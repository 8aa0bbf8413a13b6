package gr.etwinning.synedrio.application.port.out.ambassador;

import gr.etwinning.synedrio.domain.person.Ambassador;
import gr.etwinning.synedrio.domain.person.Person;

import java.util.List;
import java.util.Optional;

/** The ambassadors' registry details, kept beside the persons they are about. */
public interface AmbassadorRepository {

    /** Every person with the ambassador standing, with their details where recorded. */
    List<Listing> listAll();

    /** Adds or replaces the details of {@code ambassador.person()}, who must exist. */
    void save(Ambassador ambassador);

    record Listing(Person person, Optional<Ambassador> details) {
    }
}
