package gr.etwinning.synedrio.application.port.out.comment;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.report.EvaluationComment;

import java.util.List;

/** Where an edition's evaluation comments are kept, numbered 1, 2, … per edition. */
public interface CommentRepository {

    /** The edition's comments, by number. */
    List<EvaluationComment> list(EditionNumber edition);

    /** Adds the comment, or replaces the edition's comment with the same number. The edition must exist. */
    void save(EditionNumber edition, EvaluationComment comment);

    /**
     * Adds new comments, numbered after those stored (their numbers must follow on), in one go: an evaluation
     * import brings thousands at once.
     */
    default void addAll(EditionNumber edition, List<EvaluationComment> comments) {
        comments.forEach(c -> save(edition, c));
    }
}
