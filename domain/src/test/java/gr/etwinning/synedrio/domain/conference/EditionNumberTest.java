package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditionNumberTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -7, 1000})
    void refusesNumbersOutsideOneTo999(int value) {
        assertThatThrownBy(() -> EditionNumber.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not " + value);
    }

    @Test
    void acceptsTheBounds() {
        assertThat(EditionNumber.of(1).value()).isEqualTo(1);
        assertThat(EditionNumber.of(999).value()).isEqualTo(999);
    }

    @Test
    void sortsNumericallyAndPrintsAsTheNumber() {
        List<EditionNumber> editions = new ArrayList<>(List.of(EditionNumber.of(10), EditionNumber.of(9),
                EditionNumber.of(100)));
        Collections.sort(editions);

        assertThat(editions).containsExactly(EditionNumber.of(9), EditionNumber.of(10), EditionNumber.of(100));
        assertThat(EditionNumber.of(7)).hasToString("7");
    }
}
