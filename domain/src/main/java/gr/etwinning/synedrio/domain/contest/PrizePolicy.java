package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A contest's prizes, as data: a rule per education level of the awarded school unit, and the organisers' sentence
 * it was read from. The 15th contest's: "δέκα (10) tablets/σχολική μονάδα ή έναν (1) 3D εκτυπωτή/σχολική μονάδα
 * (για τα Γυμνάσια- Λύκεια)", i.e. primary → 10 × tablet, secondary → 1 × 3D εκτυπωτής. Next year's policy is
 * another value of this record, not another branch of code.
 */
public record PrizePolicy(String source, List<PrizeRule> rules) {

    public PrizePolicy {
        source = Check.optionalText(source, "prize policy source", 1000);
        rules = Check.list(rules, "prize rule");
        if (rules.isEmpty()) {
            throw new InvalidValueException("prize policy", "a prize policy needs at least one rule");
        }
        Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        for (PrizeRule r : rules) {
            if (!levels.add(r.level())) {
                throw new InvalidValueException("prize policy", "the prize policy gives two rules for level "
                        + r.level().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    public Optional<PrizeRule> ruleFor(EducationLevel level) {
        return rules.stream().filter(r -> r.level() == level).findFirst();
    }
}
