package gr.etwinning.synedrio.application.port.in.ambassador;

import java.util.Objects;

/**
 * Records an ambassador's details and gives the person the ambassador standing, so that they may chair sessions.
 * An unknown person is created when a {@code name} is given; otherwise refused. Recording again replaces the details.
 */
public interface AddAmbassadorUseCase {

    AmbassadorData addAmbassador(AddAmbassadorCommand command);

    record AddAmbassadorCommand(AmbassadorData ambassador) {
        public AddAmbassadorCommand {
            Objects.requireNonNull(ambassador, "'ambassador' must not be null");
        }
    }
}
