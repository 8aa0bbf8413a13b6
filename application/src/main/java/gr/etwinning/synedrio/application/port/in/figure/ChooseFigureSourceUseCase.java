package gr.etwinning.synedrio.application.port.in.figure;

import java.util.Objects;

/**
 * Chooses, for one edition and figure key, whether the report uses the recorded figure or the one Synedrio counted
 * ({@code synedrio figures use 7 registrations counted}). Without a choice a recorded figure stands.
 */
public interface ChooseFigureSourceUseCase {

    Chosen choose(ChooseFigureSourceCommand command);

    record ChooseFigureSourceCommand(int edition, String key, String choice) {
        public ChooseFigureSourceCommand {
            Objects.requireNonNull(key, "'key' must not be null");
        }
    }

    /**
     * What was chosen and what the report now shows: {@code recorded}/{@code counted} are the two values as
     * written ({@code null} where there is none), {@code used} the one the report takes.
     */
    record Chosen(int edition, String key, String choice, String recorded, String counted, String countedHow,
                  String used) {
    }
}
