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
    void givenRandomIntervalsFewOrManyWhenMergingThenEverySecondPresentCountsOnceAndAddingMoreAfterwardsMergesAgain() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(round % 2 == 0 ? 16 : 60); // sorted in place up to 16, the other way above
            Presence p = new Presence();
            boolean[] present = new boolean[400];
            for (int i = 0; i < n + 1; i++) {
                if (i == n / 2) {
                    p.seconds(); // merged half-way, then added to
                }
                int start = random.nextInt(350);
                int end = start + random.nextInt(50);
                p.add(start, end);
                for (int s = start; s < end; s++) {
                    present[s] = true;
                }
            }
            long expected = 0;
            for (boolean b : present) {
                expected += b ? 1 : 0;
            }
            long[] m = p.merged();
            assertThat(p.seconds()).isEqualTo(expected);
            for (int i = 0; i + 2 < m.length; i += 2) {
                assertThat(m[i + 1]).isLessThan(m[i + 2]); // sorted, apart
                assertThat(m[i]).isLessThanOrEqualTo(m[i + 1]);
            }
        }
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

    @Test
    void theStoredTextsLengthIsKnownBeforeItIsMadeForEveryNumberOfDigitsAndSign() {
        long[][] cases = {{}, {0, 0}, {0, 9}, {9, 19}, {-1, 0}, {-3_600, 99}, {99, 199, 1_000, 1_010},
                {1_637_427_600L, 1_637_431_200L, 1_637_432_000L, 1_637_432_060L}, {Long.MIN_VALUE / 2, 0},
                {999_999_999L, 1_000_000_000L}};
        for (long[] merged : cases) {
            String text = Presence.encoded(merged);
            assertThat(Presence.encodedLength(merged)).as(text).isEqualTo(text.length());
            if (merged.length > 0 && merged[0] >= 0) {
                assertThat(Presence.decode(text).merged()).containsExactly(merged);
            }
        }
        Presence p = new Presence();
        p.add(1_637_427_600L, 1_637_431_200L);
        assertThat(p.encode()).isEqualTo("1637427600+3600");
        assertThat(Presence.encodedLength(p.merged())).isEqualTo(15);
    }
}
