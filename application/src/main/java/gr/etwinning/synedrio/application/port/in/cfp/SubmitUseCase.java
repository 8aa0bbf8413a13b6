package gr.etwinning.synedrio.application.port.in.cfp;

import java.util.List;

/**
 * Submissions to a call for papers, without an account: the private code, mailed to the contact author, is the key
 * to see, change (until the deadline), upload the full text and withdraw (until the decision).
 */
public interface SubmitUseCase {

    /** Stores the submission and mails its code to the contact author; the answer is for the caller's own use. */
    SubmissionView submit(int edition, SubmissionData submission);

    SubmissionView getSubmission(String code);

    SubmissionView updateSubmission(String code, SubmissionData submission);

    /** Stores the full text (PDF or DOCX, judged by its bytes, at most {@link #MAX_PAPER_BYTES}) with its SHA-256. */
    SubmissionView uploadPaper(String code, byte[] content);

    SubmissionView withdraw(String code);

    /** Every submission of the edition, authors included (operators). */
    List<SubmissionView> listSubmissions(int edition);

    long MAX_PAPER_BYTES = 10L * 1024 * 1024;
}
