package gr.etwinning.synedrio.domain.attendance;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PresenceTest {

    @Test
    void givenReconnectionsWhenMergingThenOverlappingAndTouchingIntervalsCountOnce() {
        Presence p = new Presence().add(600, 1200).add(0, 300).add(300, 400).add(1000, 1500).add(2000, 2060);

        assertThat(p.merged()).containsExactly(0, 400, 600, 1500, 2000, 2060);
        assertThat(p.seconds()).isEqualTo(400 + 900 + 60);
        assertThat(p.intervals()).isEqualTo(3);
    }

    @Test
    void givenAnIntervalInsideAnotherWhenMergingThenTheOuterOneStands() {
        Presence p = new Presence().add(0, 3600).add(60, 120);

        assertThat(p.merged()).containsExactly(0, 3600);
        assertThat(Presence.minutes(p.seconds())).isEqualTo(60);
    }

    @Test
    void givenTwoFilesOfTheSameMeetingWhenAddingOneToTheOtherThenNoMinuteIsDoubled() {
        Presence a = new Presence().add(0, 1800);
        Presence b = new Presence().add(900, 2700);

        assertThat(a.addAll(b).seconds()).isEqualTo(2700);
    }

    @Test
    void givenMergedIntervalsWhenEncodedAndDecodedThenTheyAreTheSame() {
        Presence p = new Presence().add(1637427600, 1637431200).add(1637432000, 1637432060);

        assertThat(p.encode()).isEqualTo("1637427600+3600;1637432000+60");
        assertThat(Presence.decode(p.encode()).merged()).containsExactly(p.merged());
    }

    @Test
    void givenALeaveBeforeTheJoinWhenAddingThenItIsRefused() {
        assertThatThrownBy(() -> new Presence().add(100, 50)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenSecondsWhenRoundingToMinutesThenHalfAMinuteRoundsUp() {
        assertThat(Presence.minutes(29)).isZero();
        assertThat(Presence.minutes(30)).isEqualTo(1);
        assertThat(Presence.minutes(3599)).isEqualTo(60);
    }
}
