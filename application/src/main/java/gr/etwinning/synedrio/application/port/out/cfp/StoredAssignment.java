package gr.etwinning.synedrio.application.port.out.cfp;

import gr.etwinning.synedrio.domain.cfp.Review;

import java.time.Instant;

/** A reviewer on a submission (by its store id and public number), and their review once written (else null). */
public record StoredAssignment(long submissionId, int number, String reviewer, Instant assignedAt, Review review,
                               Instant reviewedAt) {
}
