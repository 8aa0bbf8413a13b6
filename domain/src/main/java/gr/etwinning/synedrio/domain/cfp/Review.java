package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewer's review: a score from 1 to 5 for every criterion of the call (no other), a recommendation, comments
 * to the authors (they are shown to them, without the reviewer's name) and to the committee (never to them).
 */
public record Review(Map<String, Integer> scores, Recommendation recommendation, String toAuthors,
                     String toCommittee) {

    public Review {
        Check.notNull(recommendation, "recommendation");
        toAuthors = Check.optionalText(toAuthors, "toAuthors", 20_000);
        toCommittee = Check.optionalText(toCommittee, "toCommittee", 20_000);
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull(scores, "scores")));
    }

    /** A review of a call's criteria, each scored, in the call's order. */
    public static Review of(List<String> criteria, Map<String, Integer> given, Recommendation recommendation,
                            String toAuthors, String toCommittee) {
        if (given == null) {
            throw new InvalidValueException("scores", "scores are missing: one per criterion, 1 to 5");
        }
        for (String c : given.keySet()) {
            if (!criteria.contains(c)) {
                throw new InvalidValueException("scores", "'" + c + "' is not a criterion of this call; they are: "
                        + String.join(", ", criteria));
            }
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String c : criteria) {
            Integer s = given.get(c);
            if (s == null) {
                throw new InvalidValueException("scores", "criterion '" + c + "' has no score (1 to 5)");
            }
            if (s < 1 || s > 5) {
                throw new InvalidValueException("scores", "criterion '" + c + "' is scored " + s + "; 1 to 5");
            }
            ordered.put(c, s);
        }
        return new Review(ordered, recommendation, toAuthors, toCommittee);
    }

    /** The mean of the scores. */
    public double mean() {
        return scores.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
