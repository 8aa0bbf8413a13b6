package gr.etwinning.synedrio.application.port.out.cfp;

import gr.etwinning.synedrio.domain.cfp.Review;
import gr.etwinning.synedrio.domain.cfp.Reviewer;
import gr.etwinning.synedrio.domain.conference.EditionNumber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where reviewers, their assignments and their reviews are kept. */
public interface ReviewRepository {

    /** Adds the reviewer or replaces the one of the same token name. */
    void saveReviewer(Reviewer reviewer);

    Optional<Reviewer> findReviewer(String token);

    /** Every reviewer, by token name. */
    List<Reviewer> reviewers();

    /** Every assignment of the edition's submissions. */
    List<StoredAssignment> assignments(EditionNumber edition);

    /** A reviewer's assignments in the edition. */
    List<StoredAssignment> assignmentsOf(EditionNumber edition, String reviewer);

    Optional<StoredAssignment> find(long submissionId, String reviewer);

    void assign(long submissionId, String reviewer, Instant at);

    /** @return whether there was such an assignment */
    boolean unassign(long submissionId, String reviewer);

    void saveReview(long submissionId, String reviewer, Review review, Instant at);
}
