package gr.etwinning.synedrio.application.port.in.conference;

import java.util.Objects;

/**
 * Revises an edition's details. When {@code expectedVersion} is given and the stored edition has moved on, the
 * change is refused as a conflict instead of overwriting somebody else's work.
 */
public interface UpdateConferenceUseCase {

    ConferenceData updateConference(UpdateConferenceCommand command);

    record UpdateConferenceCommand(int edition, ConferenceData conference, Long expectedVersion) {
        public UpdateConferenceCommand {
            Objects.requireNonNull(conference, "'conference' must not be null");
        }
    }
}
