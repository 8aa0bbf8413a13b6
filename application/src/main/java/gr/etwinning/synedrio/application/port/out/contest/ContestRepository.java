package gr.etwinning.synedrio.application.port.out.contest;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;

import java.util.List;
import java.util.Optional;

/** Where national contests and their awards are kept. */
public interface ContestRepository {

    /** Every contest, by number. */
    List<Contest> listAll();

    Optional<Contest> find(ContestNumber number);

    /**
     * The contest whose awards were presented at the edition (the lowest number, should there be two), asked for
     * directly. The default reads every contest; a repository that can select it should.
     */
    default Optional<Contest> findPresentedAt(EditionNumber edition) {
        return listAll().stream().filter(c -> c.presentedAt().map(edition::equals).orElse(false)).findFirst();
    }

    /** Stores a new contest at version 1. */
    void add(Contest contest);

    /**
     * Stores the contest whole if the stored version is still the one it was read at, and returns the new version;
     * otherwise throws {@link gr.etwinning.synedrio.application.ConflictException} and writes nothing.
     */
    long update(Contest contest);
}
