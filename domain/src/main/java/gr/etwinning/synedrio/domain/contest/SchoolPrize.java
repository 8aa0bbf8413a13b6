package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.school.School;

import java.util.List;
import java.util.Optional;

/**
 * The prize one awarded school unit receives, with the reason in words: the level, how it was decided, and the
 * rule applied. {@code rule} is empty when it cannot be decided.
 */
public record SchoolPrize(School school, List<String> projects, EducationLevel level, LevelBasis basis,
                          PrizeRule rule, String reason) {

    public SchoolPrize {
        projects = List.copyOf(projects);
    }

    public Optional<EducationLevel> knownLevel() {
        return Optional.ofNullable(level);
    }

    public Optional<PrizeRule> knownRule() {
        return Optional.ofNullable(rule);
    }
}
