package gr.etwinning.synedrio.domain.conference;

import gr.etwinning.synedrio.domain.DomainException;
import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConferenceDetailsTest {

    private static final LocalDate START = LocalDate.of(2021, 5, 14);

    private static ConferenceDetails details(LocalDate start, LocalDate end, List<ConferenceDay> days) {
        return new ConferenceDetails("4ο Πανελλήνιο Συνέδριο eTwinning", null, start, end, ConferenceMode.ONLINE,
                null, null, null, days);
    }

    @Test
    void completesTheDaysFromTheDateRangeKeepingTheGivenLabels() {
        ConferenceDetails d = details(START, START.plusDays(2),
                List.of(new ConferenceDay(START.plusDays(1), "Ημέρα 2: ανακοινώσεις και εργαστήρια")));

        assertThat(d.days()).containsExactly(
                new ConferenceDay(START, null),
                new ConferenceDay(START.plusDays(1), "Ημέρα 2: ανακοινώσεις και εργαστήρια"),
                new ConferenceDay(START.plusDays(2), null));
    }

    @Test
    void ordersTheDaysByDateWhateverTheOrderGiven() {
        ConferenceDetails d = details(START, START.plusDays(1), List.of(
                new ConferenceDay(START.plusDays(1), "Δεύτερη ημέρα"), new ConferenceDay(START, "Πρώτη ημέρα")));

        assertThat(d.days()).extracting(ConferenceDay::label).containsExactly("Πρώτη ημέρα", "Δεύτερη ημέρα");
    }

    @Test
    void hasOneDayWhenStartAndEndAreTheSameDate() {
        assertThat(details(START, START, null).days()).containsExactly(new ConferenceDay(START, null));
    }

    @Test
    void refusesADayOutsideTheDateRange() {
        assertThatThrownBy(() -> details(START, START.plusDays(1),
                List.of(new ConferenceDay(START.plusDays(2), "Ημέρα 3"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("day " + START.plusDays(2))
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> details(START, START.plusDays(1),
                List.of(new ConferenceDay(START.minusDays(1), "Προσυνέδριο"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside");
    }

    @Test
    void refusesTheSameDayTwice() {
        assertThatThrownBy(() -> details(START, START.plusDays(1),
                List.of(new ConferenceDay(START, "Έναρξη"), new ConferenceDay(START, "Πρώτη ημέρα"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("given twice");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> details(START, START.minusDays(1), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("before it starts")
                .extracting(e -> ((DomainException) e).item()).isEqualTo("end date");
    }

    @Test
    void acceptsThirtyOneDaysAndRefusesMore() {
        assertThat(details(START, START.plusDays(30), null).days()).hasSize(ConferenceDetails.MAX_DAYS);
        assertThatThrownBy(() -> details(START, START.plusDays(31), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("32 days");
    }

    @Test
    void refusesMissingDatesTitleOrMode() {
        assertThatThrownBy(() -> details(null, START, null)).hasMessageContaining("start date");
        assertThatThrownBy(() -> details(START, null, null)).hasMessageContaining("end date");
        assertThatThrownBy(() -> new ConferenceDetails("  ", null, START, START, ConferenceMode.ONLINE, null, null,
                null, null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new ConferenceDetails("Συνέδριο", null, START, START, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("mode");
    }

    @Test
    void defaultsTheTimeZoneToAthens() {
        assertThat(details(START, START, null).timeZone()).isEqualTo(ZoneId.of("Europe/Athens"));
        assertThat(new ConferenceDetails("Συνέδριο", null, START, START, ConferenceMode.ONSITE, null, null,
                ZoneId.of("Europe/Nicosia"), null).timeZone()).isEqualTo(ZoneId.of("Europe/Nicosia"));
    }

    @Test
    void trimsTextsAndTreatsBlankOptionalTextsAsAbsent() {
        ConferenceDetails d = new ConferenceDetails(" 8ο Πανελλήνιο Συνέδριο ", "  ", START, START,
                ConferenceMode.HYBRID, " ΕΥΥ eTwinning ", "", null, null);

        assertThat(d.title()).isEqualTo("8ο Πανελλήνιο Συνέδριο");
        assertThat(d.theme()).isNull();
        assertThat(d.organiser()).isEqualTo("ΕΥΥ eTwinning");
        assertThat(d.venue()).isNull();
    }

    @Test
    void includesExactlyTheDatesFromStartToEnd() {
        ConferenceDetails d = details(START, START.plusDays(2), null);

        assertThat(d.includes(START)).isTrue();
        assertThat(d.includes(START.plusDays(2))).isTrue();
        assertThat(d.includes(START.minusDays(1))).isFalse();
        assertThat(d.includes(START.plusDays(3))).isFalse();
    }

    @Test
    void equalsAnotherWithTheSameValues() {
        assertThat(details(START, START.plusDays(1), List.of(new ConferenceDay(START, "Έναρξη"))))
                .isEqualTo(details(START, START.plusDays(1), List.of(new ConferenceDay(START, " Έναρξη "))))
                .isNotEqualTo(details(START, START.plusDays(1), List.of(new ConferenceDay(START, "ΕΝΑΡΞΗ"))));
    }
}
