package gr.etwinning.synedrio.application.port.in.registration;

import java.util.Objects;

/**
 * Removes a participant's personal data everywhere: name, e-mail, school, specialty and confirmation code of their
 * registrations (of one edition, or of all). Confirmed seats stay counted, anonymously, so that attendance and
 * seat counts stay right; waiting-list places are given up, since nobody is left to promote.
 */
public interface EraseParticipantUseCase {

    ErasureReport erase(EraseParticipantCommand command);

    /** {@code edition} null: every edition. */
    record EraseParticipantCommand(String email, Integer edition) {
        public EraseParticipantCommand {
            Objects.requireNonNull(email, "'email' must not be null");
        }
    }

    record ErasureReport(int registrationsErased, int waitingPlacesGivenUp, int seatsKeptAnonymously) {
    }
}
