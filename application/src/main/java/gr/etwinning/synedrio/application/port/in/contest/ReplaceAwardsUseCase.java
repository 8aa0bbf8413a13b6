package gr.etwinning.synedrio.application.port.in.contest;

import java.util.Objects;

/**
 * Creates or replaces a contest whole from {@link ContestData}: categories, projects, school year, conference and
 * prize policy. A stale {@code expectedVersion} is refused as a conflict.
 */
public interface ReplaceAwardsUseCase {

    AwardsImportReport replaceAwards(ReplaceAwardsCommand command);

    record ReplaceAwardsCommand(int contest, ContestData data, Long expectedVersion) {
        public ReplaceAwardsCommand {
            Objects.requireNonNull(data, "'data' must not be null");
        }
    }
}
