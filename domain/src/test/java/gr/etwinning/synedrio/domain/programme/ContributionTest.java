package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.person.PersonId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.SECOND_TEACHER_ID;
import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.TEACHER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContributionTest {

    private static Contribution contribution(String title, String subject, List<PersonId> speakers) {
        return new Contribution(ContributionId.of("d2-primary-talk-07"), ContributionKind.TALK, title, subject,
                speakers, null, null);
    }

    @Test
    void keepsSpeakersInTheOrderGiven() {
        Contribution c = contribution("Ρομποτική στο νηπιαγωγείο", null, List.of(SECOND_TEACHER_ID, TEACHER_ID));

        assertThat(c.speakers()).containsExactly(SECOND_TEACHER_ID, TEACHER_ID);
    }

    @Test
    void refusesTheSameSpeakerTwice() {
        assertThatThrownBy(() -> contribution(null, null, List.of(TEACHER_ID, SECOND_TEACHER_ID, TEACHER_ID)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("contribution 'd2-primary-talk-07'")
                .hasMessageContaining("'georgiou-nikos' twice");
    }

    @Test
    void refusesAMissingSpeakerNamingItsPosition() {
        List<PersonId> speakers = new ArrayList<>();
        speakers.add(TEACHER_ID);
        speakers.add(null);

        assertThatThrownBy(() -> contribution(null, null, speakers))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("speaker #2");
    }

    @Test
    void leavesAnUnknownTitleAbsentAndKeepsTheSubject() {
        Contribution c = contribution(" ", "για την υλοποίηση των διαδικτυακών μαθημάτων", List.of());

        assertThat(c.title()).isEmpty();
        assertThat(c.subject()).contains("για την υλοποίηση των διαδικτυακών μαθημάτων");
        assertThat(c.time()).isEmpty();
        assertThat(c.level()).isEmpty();
    }

    @Test
    void refusesAMissingKind() {
        assertThatThrownBy(() -> new Contribution(ContributionId.of("d2-primary-talk-07"), null, null, null, null,
                null, null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("kind");
    }

    @Test
    void refusesAnIdThatIsNotASlug() {
        assertThatThrownBy(() -> ContributionId.of("Ομιλία 7")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("contribution id");
    }

    @Test
    void equalsByIdOnly() {
        assertThat(contribution("Α", null, List.of())).isEqualTo(contribution("Β", null, List.of(TEACHER_ID)));
    }
}
