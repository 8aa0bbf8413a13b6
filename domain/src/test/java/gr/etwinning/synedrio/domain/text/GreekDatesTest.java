package gr.etwinning.synedrio.domain.text;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class GreekDatesTest {

    @Test
    void theConferenceDaysAreWrittenWithTheMonthInTheGenitive() {
        assertThat(GreekDates.range(LocalDate.of(2021, 11, 19), LocalDate.of(2021, 11, 21)))
                .isEqualTo("19 έως 21 Νοεμβρίου 2021");
        assertThat(GreekDates.range(LocalDate.of(2022, 11, 30), LocalDate.of(2022, 12, 2)))
                .isEqualTo("30 Νοεμβρίου έως 2 Δεκεμβρίου 2022");
        assertThat(GreekDates.range(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1)))
                .isEqualTo("31 Δεκεμβρίου 2022 έως 1 Ιανουαρίου 2023");
        assertThat(GreekDates.range(LocalDate.of(2023, 5, 6), LocalDate.of(2023, 5, 6))).isEqualTo("6 Μαΐου 2023");
    }

    @Test
    void aDayIsNamedAndWrittenWithSlashes() {
        LocalDate friday = LocalDate.of(2021, 11, 19);
        assertThat(GreekDates.weekday(friday) + ", " + GreekDates.numeric(friday)).isEqualTo("Παρασκευή, 19/11/2021");
        assertThat(GreekDates.weekday(friday.plusDays(1))).isEqualTo("Σάββατο");
        assertThat(GreekDates.weekday(friday.plusDays(2))).isEqualTo("Κυριακή");
        assertThat(GreekDates.numeric(LocalDate.of(2022, 3, 5))).isEqualTo("5/3/2022");
        assertThat(GreekDates.dashed(LocalDate.of(2021, 11, 22))).isEqualTo("22-11-2021");
        assertThat(GreekDates.dashed(LocalDate.of(2022, 3, 5))).isEqualTo("05-03-2022");
    }

    @Test
    void timesAreWrittenOnTheTwelveHourClockWithPmAndMm() {
        assertThat(GreekDates.time(LocalTime.of(9, 0))).isEqualTo("9.00 πμ");
        assertThat(GreekDates.time(LocalTime.of(19, 0))).isEqualTo("7.00 μμ");
        assertThat(GreekDates.time(LocalTime.of(12, 30))).isEqualTo("12.30 μμ");
        assertThat(GreekDates.time(LocalTime.of(0, 15))).isEqualTo("12.15 πμ");
    }
}
