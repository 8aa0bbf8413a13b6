package gr.etwinning.synedrio.application.port.out.contest;

import gr.etwinning.synedrio.domain.contest.Contest;
import gr.etwinning.synedrio.domain.contest.ContestNumber;

import java.util.List;
import java.util.Optional;

/** Where national contests and their awards are kept. */
public interface ContestRepository {

    /** Every contest, by number. */
    List<Contest> listAll();

    Optional<Contest> find(ContestNumber number);

    /** Stores a new contest at version 1. */
    void add(Contest contest);

    /**
     * Stores the contest whole if the stored version is still the one it was read at, and returns the new version;
     * otherwise throws {@link gr.etwinning.synedrio.application.ConflictException} and writes nothing.
     */
    long update(Contest contest);
}
