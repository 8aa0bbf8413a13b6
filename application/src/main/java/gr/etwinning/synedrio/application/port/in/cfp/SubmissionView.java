package gr.etwinning.synedrio.application.port.in.cfp;

import java.time.Instant;
import java.util.List;

/**
 * A submission as its authors (by their code) and the operators see it. {@code editable}: whether it can still be
 * changed (before the deadline, not withdrawn). {@code decidedAs}, {@code session}, {@code contribution}: where an
 * accepted submission is in the programme.
 */
public record SubmissionView(int edition, int number, String title, String type, String level, String abstractText,
                             List<String> keywords, List<AuthorData> authors, String status, PaperData paper,
                             String deadlineAthens, boolean editable, String decidedAs, String session,
                             String contribution, Instant createdAt, Instant updatedAt) {
}
