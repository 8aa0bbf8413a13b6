package gr.etwinning.synedrio.application.port.out.conference;

import gr.etwinning.synedrio.domain.conference.Conference;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.person.PersonId;
import gr.etwinning.synedrio.domain.programme.SessionId;

import java.util.List;
import java.util.Optional;

/** Where conference editions and their programmes are kept. */
public interface ConferenceRepository {

    /** Every edition, by edition number. */
    List<ConferenceListing> listAll();

    Optional<Conference> find(EditionNumber edition);

    boolean exists(EditionNumber edition);

    /**
     * Sessions and contributions of every edition whose stored search key (title, subject, room folded by {@link
     * gr.etwinning.synedrio.domain.text.GreekText#key}) has a word starting with each of {@code words}; at most
     * {@code limit} of each, in no particular order.
     */
    List<ProgrammeMatch> searchProgramme(List<String> words, int limit);

    /** The sessions, in every edition, that this person chairs or moderates. */
    List<ChairAssignment> chairAssignments(PersonId person);

    /** A session a person chairs: the edition and the session's id. */
    record ChairAssignment(EditionNumber edition, SessionId session) {
    }

    /** Stores a new edition, programme included, at version 1. */
    void add(Conference conference);

    /**
     * Stores the edition's details and programme, if the stored version is still the one the conference was read
     * at; the stored version then goes up by one. Otherwise throws
     * {@link gr.etwinning.synedrio.application.ConflictException} and writes nothing.
     *
     * @return the new version
     */
    long update(Conference conference);
}
