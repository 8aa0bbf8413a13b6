package gr.etwinning.synedrio.application.port.in.programme;

import java.util.Objects;

/**
 * Replaces an edition's whole programme in one step, persons included. Either the whole programme is stored or,
 * on the first broken rule, nothing is.
 */
public interface ReplaceProgrammeUseCase {

    ProgrammeData replaceProgramme(ReplaceProgrammeCommand command);

    record ReplaceProgrammeCommand(int edition, ProgrammeData programme, Long expectedVersion) {
        public ReplaceProgrammeCommand {
            Objects.requireNonNull(programme, "'programme' must not be null");
        }
    }
}
