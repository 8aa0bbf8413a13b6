package gr.etwinning.synedrio.application.port.in.cfp;

import java.util.List;

/**
 * A submission as its reviewer sees it: double-blind, so nothing names or locates its authors — no names, no
 * schools, no addresses, and the full text is served under the submission's number, never a file name given.
 */
public record BlindSubmission(int edition, int number, String title, String type, String level,
                              String abstractText, List<String> keywords, String status, BlindPaper paper,
                              List<String> criteria, ReviewData myReview) {

    /** The full text: type, size and where to fetch it. */
    public record BlindPaper(String contentType, long bytes, String href) {
    }
}
