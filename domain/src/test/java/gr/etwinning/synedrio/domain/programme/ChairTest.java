package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.AMBASSADOR_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChairTest {

    @Test
    void chairsUnlessToldToModerate() {
        assertThat(new Chair(AMBASSADOR_ID, null).role()).isEqualTo(ChairRole.CHAIR);
        assertThat(new Chair(AMBASSADOR_ID, ChairRole.MODERATOR).role()).isEqualTo(ChairRole.MODERATOR);
    }

    @Test
    void refusesAMissingPerson() {
        assertThatThrownBy(() -> new Chair(null, ChairRole.CHAIR)).isInstanceOf(InvalidValueException.class);
    }
}
