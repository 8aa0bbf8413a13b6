package gr.etwinning.synedrio.application.port.in.contest;

import gr.etwinning.synedrio.application.port.in.contest.ContestData.PrizeRuleData;

import java.util.List;

/**
 * Sets a contest's prize policy from its rules, one per education level ({@code primary=10:tablet}), without
 * editing the contest's JSON. Replaces the policy the contest had; {@link
 * gr.etwinning.synedrio.application.NotFoundException} if there is no such contest.
 */
public interface SetPrizePolicyUseCase {

    /** @param source the organisers' sentence the rules come from, or null */
    record SetPrizePolicyCommand(int contest, List<PrizeRuleData> rules, String source) {
        public SetPrizePolicyCommand {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /** @return the policy as {@code awards prizes} describes it */
    String setPrizePolicy(SetPrizePolicyCommand command);

    /**
     * Reads a rule as the command line writes it: {@code LEVEL=QUANTITY:ITEM}, e.g. {@code secondary=1:3D
     * εκτυπωτής}; the level is checked when the policy is set.
     */
    static PrizeRuleData parseRule(String text) {
        String t = text == null ? "" : text.strip();
        int eq = t.indexOf('=');
        int colon = eq < 0 ? -1 : t.indexOf(':', eq);
        if (eq <= 0 || colon < 0) {
            throw new IllegalArgumentException("prize rule '" + text + "' is not LEVEL=QUANTITY:ITEM, e.g."
                    + " primary=10:tablet");
        }
        String quantity = t.substring(eq + 1, colon).strip();
        if (!quantity.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("prize rule '" + text + "': the quantity '" + quantity
                    + "' is not a whole number");
        }
        return new PrizeRuleData(t.substring(0, eq).strip(), Integer.valueOf(quantity), t.substring(colon + 1).strip());
    }
}
