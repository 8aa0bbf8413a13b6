package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static gr.etwinning.synedrio.domain.fixtures.DomainFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeRangeTest {

    @Test
    void anEndBeforeTheStartIsOnTheNextMorning() {
        TimeRange party = time("23:00", "01:30");

        assertThat(party.pastMidnight()).isTrue();
        assertThat(party.length()).isEqualTo(java.time.Duration.ofMinutes(150));
        assertThat(party).hasToString("23:00–01:30 (next morning)");
        assertThat(party.contains(time("00:15", "00:45"))).isTrue();
        assertThat(party.contains(time("01:00", "02:00"))).isFalse();
    }

    @Test
    void onTheSameDayARangePastMidnightMeetsTheNightAndTheLateEveningButNotTheMorningOrEarlyEvening() {
        TimeRange lateWorkshop = time("23:30", "00:30");

        assertThat(lateWorkshop.overlaps(time("00:00", "01:00"))).as("the same night").isTrue();
        assertThat(time("00:00", "01:00").overlaps(lateWorkshop)).isTrue();
        assertThat(lateWorkshop.overlaps(time("22:00", "23:45"))).as("the same evening").isTrue();
        assertThat(lateWorkshop.overlaps(time("00:30", "02:00"))).as("right after it").isFalse();
        assertThat(lateWorkshop.overlaps(time("20:00", "23:30"))).as("right before it").isFalse();
        assertThat(lateWorkshop.overlaps(time("23:00", "01:00"))).as("two ranges past midnight").isTrue();
    }

    @Test
    void refusesAnEndEqualToTheStart() {
        assertThatThrownBy(() -> time("10:00", "10:00")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAMissingStartOrEnd() {
        assertThatThrownBy(() -> new TimeRange(null, LocalTime.NOON)).hasMessageContaining("start time");
        assertThatThrownBy(() -> new TimeRange(LocalTime.NOON, null)).hasMessageContaining("end time");
    }

    @Test
    void overlapsARangeThatSharesSomeTime() {
        TimeRange talk = time("10:00", "10:30");

        assertThat(talk.overlaps(time("10:15", "10:45"))).isTrue();
        assertThat(talk.overlaps(time("09:45", "10:15"))).isTrue();
        assertThat(talk.overlaps(time("09:00", "12:00"))).isTrue();
        assertThat(talk.overlaps(time("10:10", "10:20"))).isTrue();
        assertThat(talk.overlaps(talk)).isTrue();
    }

    @Test
    void doesNotOverlapARangeThatOnlyTouchesIt() {
        TimeRange talk = time("10:00", "10:30");

        assertThat(talk.overlaps(time("10:30", "11:00"))).isFalse();
        assertThat(talk.overlaps(time("09:30", "10:00"))).isFalse();
        assertThat(talk.overlaps(time("12:00", "13:00"))).isFalse();
    }

    @Test
    void overlapsSymmetrically() {
        TimeRange a = time("10:00", "10:30");
        TimeRange b = time("10:29", "11:00");

        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
    }

    @Test
    void containsARangeWithinItsBounds() {
        TimeRange session = time("17:00", "19:00");

        assertThat(session.contains(time("17:00", "17:15"))).isTrue();
        assertThat(session.contains(time("18:45", "19:00"))).isTrue();
        assertThat(session.contains(session)).isTrue();
        assertThat(session.contains(time("16:59", "17:15"))).isFalse();
        assertThat(session.contains(time("18:45", "19:01"))).isFalse();
        assertThat(session.contains(time("16:00", "20:00"))).isFalse();
    }

    @Test
    void printsAsStartDashEnd() {
        assertThat(time("17:00", "19:30")).hasToString("17:00–19:30");
    }
}
