package gr.etwinning.synedrio.application.port.in.contest;

import java.util.List;

/**
 * A contest's prizes: per awarded school unit its level, how that was decided ({@code school-type},
 * {@code category-level} or {@code undecided}) and in words why, and its prize; then what to procure per item.
 * {@code policyOf} is the contest whose policy was applied: this one, or (when this one has none) the latest
 * earlier contest that has one, carried over.
 */
public record PrizesData(int contest, String policy, int policyOf, List<SchoolPrizeData> schools,
                         List<PrizeTotalData> totals, int undecided) {

    /** Whether the policy is an earlier contest's, carried over. */
    public boolean carriedOver() {
        return policyOf != contest;
    }

    public record SchoolPrizeData(String school, String type, String level, String decidedBy, String reason,
                                  Integer quantity, String item, List<String> projects) {
    }

    public record PrizeTotalData(String item, int quantity, int schools) {
    }
}
