package gr.etwinning.synedrio.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckTest {

    @Test
    void notNullNamesTheMissingItem() {
        assertThatThrownBy(() -> Check.notNull(null, "start date"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("start date is missing")
                .extracting(e -> ((DomainException) e).item()).isEqualTo("start date");
        assertThat(Check.notNull("Αθήνα", "venue")).isEqualTo("Αθήνα");
    }

    @Test
    void textIsTrimmedAndRequired() {
        assertThat(Check.text("  Κόππης \n", "name", 10)).isEqualTo("Κόππης");
        assertThatThrownBy(() -> Check.text(null, "name", 10)).hasMessage("name is missing or blank");
        assertThatThrownBy(() -> Check.text(" \t ", "name", 10)).hasMessage("name is missing or blank");
    }

    @Test
    void optionalTextIsNullWhenBlank() {
        assertThat(Check.optionalText(null, "theme", 10)).isNull();
        assertThat(Check.optionalText("   ", "theme", 10)).isNull();
        assertThat(Check.optionalText(" Θέμα ", "theme", 10)).isEqualTo("Θέμα");
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // 10 Greek letters are 20 bytes in UTF-8 but 10 characters
        assertThat(Check.text("Καλημέρααα", "title", 10)).hasSize(10);
        assertThatThrownBy(() -> Check.text("Καλημέραααα", "title", 10))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("title is longer than 10 characters");
    }

    @Test
    void refusesControlCharactersButKeepsNewlinesAndTabs() {
        assertThat(Check.text("Πρώτη γραμμή\nΔεύτερη\tγραμμή", "notes", 100)).contains("\n", "\t");
        assertThatThrownBy(() -> Check.text("Σημειώσεις\u0000", "notes", 100))
                .hasMessageContaining("control character (code 0)");
    }

    @Test
    void listCopiesAndRefusesNullElementsNamingTheirPosition() {
        List<String> given = new ArrayList<>(List.of("α", "β"));
        List<String> copy = Check.list(given, "speaker");
        given.clear();

        assertThat(copy).containsExactly("α", "β");
        assertThat(Check.list(null, "speaker")).isEmpty();
        assertThatThrownBy(() -> Check.list(Arrays.asList("α", null), "speaker"))
                .hasMessage("speaker #2 is empty");
    }

    @Test
    void slugAcceptsLowerCaseLatinDigitsAndHyphens() {
        assertThat(Check.slug("d2-primary-talk-07", "id")).isEqualTo("d2-primary-talk-07");
        assertThat(Check.slug("7", "id")).isEqualTo("7");
        assertThat(Check.slug("a".repeat(100), "id")).hasSize(100);
    }

    @Test
    void slugRefusesAnythingElse() {
        for (String bad : new String[] {null, "", "D2-primary", "d2_primary", "-d2", "d2 primary", "δ2-πρωινή",
                "a".repeat(101)}) {
            assertThatThrownBy(() -> Check.slug(bad, "session id")).as(String.valueOf(bad))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("session id");
        }
    }

    @Test
    void requireNamesTheItemWhenTheConditionFails() {
        Check.require(true, "edition", "never thrown");
        assertThatThrownBy(() -> Check.require(false, "edition", "edition must be positive"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("edition must be positive");
    }
}
