package gr.etwinning.synedrio.application.port.out.school;

import gr.etwinning.synedrio.domain.school.School;

import java.util.Collection;
import java.util.List;

/** The schools registry: one entry per key, with every spelling seen. */
public interface SchoolRepository {

    /** Adds the schools not yet known and the spellings not yet seen; changes nothing else. */
    void record(Collection<School> seen);

    List<RegisteredSchool> listAll();
}
