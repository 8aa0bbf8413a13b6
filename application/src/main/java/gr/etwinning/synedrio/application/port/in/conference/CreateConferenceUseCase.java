package gr.etwinning.synedrio.application.port.in.conference;

import java.util.Objects;

/** Plans a new edition with an empty programme; a conflict if the edition exists. */
public interface CreateConferenceUseCase {

    ConferenceData createConference(CreateConferenceCommand command);

    record CreateConferenceCommand(ConferenceData conference) {
        public CreateConferenceCommand {
            Objects.requireNonNull(conference, "'conference' must not be null");
        }
    }
}
