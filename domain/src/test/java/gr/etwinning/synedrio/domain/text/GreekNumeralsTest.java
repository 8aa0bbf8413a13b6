package gr.etwinning.synedrio.domain.text;

import gr.etwinning.synedrio.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static gr.etwinning.synedrio.domain.text.Gender.FEMININE;
import static gr.etwinning.synedrio.domain.text.Gender.MASCULINE;
import static gr.etwinning.synedrio.domain.text.Gender.NEUTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GreekNumeralsTest {

    @Test
    void theCountsOfThePressReleaseAreWrittenAsTheReleaseWritesThem() {
        assertThat(GreekNumerals.counted(31, FEMININE)).isEqualTo("τριάντα μία (31)");
        assertThat(GreekNumerals.counted(25, FEMININE)).isEqualTo("είκοσι πέντε (25)");
        assertThat(GreekNumerals.counted(16, NEUTER)).isEqualTo("δεκαέξι (16)");
        assertThat(GreekNumerals.counted(17, NEUTER)).isEqualTo("δεκαεπτά (17)");
        assertThat(GreekNumerals.counted(57, FEMININE)).isEqualTo("πενήντα επτά (57)");
        assertThat(GreekNumerals.counted(1, FEMININE)).isEqualTo("μία (1)");
        assertThat(GreekNumerals.counted(1, NEUTER)).isEqualTo("ένα (1)");
        assertThat(GreekNumerals.counted(10, NEUTER)).isEqualTo("δέκα (10)");
        assertThat(GreekNumerals.capitalised(GreekNumerals.counted(1, FEMININE))).isEqualTo("Μία (1)");
    }

    @ParameterizedTest(name = "{0} is {1} / {2} / {3}")
    @CsvSource({
        "1, ένας, μία, ένα",
        "3, τρεις, τρεις, τρία",
        "4, τέσσερις, τέσσερις, τέσσερα",
        "11, έντεκα, έντεκα, έντεκα",
        "13, δεκατρείς, δεκατρείς, δεκατρία",
        "14, δεκατέσσερις, δεκατέσσερις, δεκατέσσερα",
        "20, είκοσι, είκοσι, είκοσι",
        "21, είκοσι ένας, είκοσι μία, είκοσι ένα",
        "34, τριάντα τέσσερις, τριάντα τέσσερις, τριάντα τέσσερα",
        "100, εκατό, εκατό, εκατό",
        "101, εκατόν ένας, εκατόν μία, εκατόν ένα",
        "113, εκατόν δεκατρείς, εκατόν δεκατρείς, εκατόν δεκατρία",
        "200, διακόσιοι, διακόσιες, διακόσια",
        "343, τριακόσιοι σαράντα τρεις, τριακόσιες σαράντα τρεις, τριακόσια σαράντα τρία",
        "999, εννιακόσιοι ενενήντα εννέα, εννιακόσιες ενενήντα εννέα, εννιακόσια ενενήντα εννέα",
        "1000, χίλιοι, χίλιες, χίλια",
        "1001, χίλιοι ένας, χίλιες μία, χίλια ένα",
        "2000, δύο χιλιάδες, δύο χιλιάδες, δύο χιλιάδες",
        "3004, τρεις χιλιάδες τέσσερις, τρεις χιλιάδες τέσσερις, τρεις χιλιάδες τέσσερα",
        "4500, τέσσερις χιλιάδες πεντακόσιοι, τέσσερις χιλιάδες πεντακόσιες, τέσσερις χιλιάδες πεντακόσια",
        "9999, εννέα χιλιάδες εννιακόσιοι ενενήντα εννέα, εννέα χιλιάδες εννιακόσιες ενενήντα εννέα, εννέα χιλιάδες εννιακόσια ενενήντα εννέα",
        "21000, είκοσι μία χιλιάδες, είκοσι μία χιλιάδες, είκοσι μία χιλιάδες",
        "200001, διακόσιες χιλιάδες ένας, διακόσιες χιλιάδες μία, διακόσιες χιλιάδες ένα",
    })
    void aCardinalAgreesWithTheGenderOfItsNoun(long n, String masculine, String feminine, String neuter) {
        assertThat(GreekNumerals.cardinal(n, MASCULINE)).isEqualTo(masculine);
        assertThat(GreekNumerals.cardinal(n, FEMININE)).isEqualTo(feminine);
        assertThat(GreekNumerals.cardinal(n, NEUTER)).isEqualTo(neuter);
    }

    @Test
    void everyNumberFromOneToNineThousandNineHundredNinetyNineHasWordsWithoutDoubleSpaces() {
        for (int n = 1; n <= 9999; n++) {
            for (Gender g : Gender.values()) {
                String words = GreekNumerals.cardinal(n, g);
                assertThat(words).as("%d %s", n, g).isNotBlank().doesNotContain("  ").doesNotStartWith(" ")
                        .doesNotEndWith(" ").doesNotContainPattern("\\d");
            }
        }
    }

    @Test
    void zeroIsMidenAndANegativeOrHugeNumberIsRefusedWithTheNumber() {
        assertThat(GreekNumerals.cardinal(0, NEUTER)).isEqualTo("μηδέν");
        assertThatThrownBy(() -> GreekNumerals.cardinal(-1, NEUTER)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("-1");
        assertThat(GreekNumerals.counted(1_200_000, NEUTER)).isEqualTo("1.200.000");
    }

    @Test
    void thousandsAreGroupedWithADot() {
        assertThat(GreekNumerals.grouped(600)).isEqualTo("600");
        assertThat(GreekNumerals.grouped(7000)).isEqualTo("7.000");
        assertThat(GreekNumerals.grouped(226461)).isEqualTo("226.461");
        assertThat(GreekNumerals.grouped(990000)).isEqualTo("990.000");
        assertThat(GreekNumerals.grouped(1234567)).isEqualTo("1.234.567");
    }

    @Test
    void aNumberIsReadWithOrWithoutDotsBetweenThousandsAndNothingElse() {
        assertThat(GreekNumerals.parse("7.000", "x")).isEqualTo(7000);
        assertThat(GreekNumerals.parse("4500", "x")).isEqualTo(4500);
        assertThat(GreekNumerals.parse(" 226.461 ", "x")).isEqualTo(226461);
        assertThatThrownBy(() -> GreekNumerals.parse("7,000", "εγγραφές")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("εγγραφές '7,000'");
        assertThatThrownBy(() -> GreekNumerals.parse("70.00", "x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> GreekNumerals.parse("περίπου 600", "x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ordinalsOfDaysAreFeminineWordsUpToTen() {
        assertThat(GreekNumerals.ordinalFeminine(1)).isEqualTo("πρώτη");
        assertThat(GreekNumerals.ordinalFeminine(2)).isEqualTo("δεύτερη");
        assertThat(GreekNumerals.ordinalFeminine(3)).isEqualTo("τρίτη");
        assertThat(GreekNumerals.ordinalFeminine(10)).isEqualTo("δέκατη");
        assertThat(GreekNumerals.ordinalFeminine(11)).isEqualTo("11η");
    }

    @Test
    void decimalsAreWrittenWithAComma() {
        assertThat(GreekNumerals.decimal(16.6666, 1)).isEqualTo("16,7");
        assertThat(GreekNumerals.decimal(-3.25, 1)).isEqualTo("-3,3");
    }
}
