package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConferenceDayTest {

    @Test
    void trimsTheLabelAndTreatsABlankOneAsNone() {
        LocalDate date = LocalDate.of(2024, 11, 30);

        assertThat(new ConferenceDay(date, "  Ημέρα 2: εργαστήρια ").label()).isEqualTo("Ημέρα 2: εργαστήρια");
        assertThat(new ConferenceDay(date, " ").label()).isNull();
    }

    @Test
    void refusesAMissingDate() {
        assertThatThrownBy(() -> new ConferenceDay(null, "Ημέρα 1")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("day date");
    }

    @Test
    void refusesAControlCharacterInTheLabel() {
        assertThatThrownBy(() -> new ConferenceDay(LocalDate.of(2024, 11, 30), "Ημέρα\u00072"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("control character");
    }
}
