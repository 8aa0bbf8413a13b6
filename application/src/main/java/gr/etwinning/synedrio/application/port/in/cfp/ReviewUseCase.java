package gr.etwinning.synedrio.application.port.in.cfp;

import java.util.List;
import java.util.Map;

/** Reviewers, the assignment of submissions to them, their double-blind views and reviews, and the progress. */
public interface ReviewUseCase {

    /** Describes the person behind a review token (which must exist with scope review). */
    ReviewerData describeReviewer(ReviewerData reviewer);

    List<ReviewerData> reviewers();

    /** Assigns every submission that lacks reviewers; balanced, by level, without conflicts of interest. */
    AssignmentReport assign(int edition, int perSubmission);

    /** Adds or takes away reviewers of one submission; the rules of {@link #assign} hold. */
    List<String> adjust(int edition, int number, List<String> add, List<String> remove);

    /** The reviewer's assignments in the edition, blind. */
    List<BlindSubmission> assignments(String reviewer, int edition);

    /** One assigned submission, blind; refused (forbidden) when it is not the reviewer's. */
    BlindSubmission blindView(String reviewer, int edition, int number);

    /** The full text of an assigned submission. */
    PaperFile paper(String reviewer, int edition, int number);

    /** Writes (or rewrites, until the decision) the reviewer's review. */
    BlindSubmission review(String reviewer, int edition, int number, ReviewData review);

    ReviewStatus status(int edition);

    /** A file to hand over: a name made of the submission's number, its type, its bytes. */
    record PaperFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * @param load     per reviewer, their assignments after the run
     * @param spread   the most loaded reviewer's assignments minus the least loaded's
     * @param shortOf  submissions that could not get enough eligible reviewers, with how many could
     */
    record AssignmentReport(int edition, int perSubmission, int added, int moved, Map<String, Integer> load,
                            int spread, List<String> shortOf) {
    }

    record ReviewStatus(int edition, List<ReviewerProgress> reviewers, List<SubmissionProgress> submissions,
                        int missing, int disagreements) {
    }

    record ReviewerProgress(String reviewer, int assigned, int done, List<Integer> missing) {
    }

    /**
     * @param spread       the largest difference between two reviewers' scores of one criterion (or their
     *                     means), over the reviews written
     * @param disagreement spread of 2 or more
     */
    record SubmissionProgress(int number, String title, String level, String status, int assigned, int done,
                              List<String> missingFrom, Double mean, Integer spread, boolean disagreement) {
    }
}
