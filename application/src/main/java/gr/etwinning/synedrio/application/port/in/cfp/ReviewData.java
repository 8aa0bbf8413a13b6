package gr.etwinning.synedrio.application.port.in.cfp;

import java.time.Instant;
import java.util.Map;

/**
 * A review: a score 1–5 per criterion of the call ({@code {"Πρωτοτυπία": 4, …}}), a recommendation (accept |
 * weak-accept | weak-reject | reject), comments to the authors and to the committee.
 */
public record ReviewData(Map<String, Integer> scores, String recommendation, String toAuthors, String toCommittee,
                         Instant reviewedAt) {
}
