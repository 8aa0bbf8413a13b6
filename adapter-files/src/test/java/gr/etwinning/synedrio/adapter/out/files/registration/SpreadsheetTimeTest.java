package gr.etwinning.synedrio.adapter.out.files.registration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetTimeTest {

    private static Instant athens(String localIso) {
        return LocalDateTime.parse(localIso).atZone(SpreadsheetTime.ATHENS).toInstant();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1/1/2020 10:00:00      | 2020-01-01T10:00:00",
            "1/12/2020 10:00        | 2020-12-01T10:00:00",
            "01/01/2020             | 2020-01-01T00:00:00",
            "2/3/2020               | 2020-03-02T00:00:00",
            "25/10/2021 14:30:05    | 2021-10-25T14:30:05",
            "25/10/2021, 14:30:05   | 2021-10-25T14:30:05",
            "25.10.2021 9:05        | 2021-10-25T09:05:00",
            "25-10-2021 09:05:07    | 2021-10-25T09:05:07",
            "25/10/2021 2:30:00 μ.μ.| 2021-10-25T14:30:00",
            "25/10/2021 12:10 π.μ.  | 2021-10-25T00:10:00",
            "25/10/2021 2:30:00 PM  | 2021-10-25T14:30:00",
            "2021-10-25 14:30       | 2021-10-25T14:30:00",
            "2021-10-25 14:30:05.250| 2021-10-25T14:30:05.250",
            "2021-10-25T14:30:05    | 2021-10-25T14:30:05",
            "2021-10-25             | 2021-10-25T00:00:00"})
    void givenTheUsualFormsDayFirst_whenParsing_thenTheExactLocalTimeInGreeceIsRead(String text, String local) {
        assertThat(SpreadsheetTime.looksLikeTime(text)).isTrue();
        assertThat(SpreadsheetTime.parse(text)).isEqualTo(athens(local));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2021-10-25T11:30:05Z       | 2021-10-25T11:30:05Z",
            "2021-10-25T14:30:05+03:00  | 2021-10-25T11:30:05Z",
            "2021-10-25 14:30:05+03:00  | 2021-10-25T11:30:05Z"})
    void givenAnOffset_whenParsing_thenItIsHonoured(String text, String instant) {
        assertThat(SpreadsheetTime.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"31/2/2021", "1/13/2020 10:00", "25/10/2021 25:00", "25/10/2021 10:61",
            "25/10/2021 13:00 μ.μ.", "yesterday", "10:00", "2021/10/25 10:00", "25/10/21"})
    void givenNoRealOrKnownTimeWhenParsingThenRefusedNeverReplaced(String text) {
        assertThatThrownBy(() -> SpreadsheetTime.parse(text)).isInstanceOf(SpreadsheetTime.NotATimeException.class)
                .hasMessageNotContaining(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ναι", "1", "yes", "✓", "Όχι"})
    void givenYesOrNoThenItDoesNotLookLikeATime(String text) {
        assertThat(SpreadsheetTime.looksLikeTime(text)).isFalse();
    }
}
