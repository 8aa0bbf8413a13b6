package gr.etwinning.synedrio.domain.text;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class GreekTextTest {

    @Nested
    class Key {

        @ParameterizedTest
        @ValueSource(strings = {"Κόππης", "ΚΟΠΠΗΣ", "κοππης", "ΚΌΠΠΗΣ", "κόππης", "Κοππησ"})
        void foldsCaseAccentsAndFinalSigmaOntoOneKey(String typed) {
            assertThat(GreekText.key(typed)).isEqualTo("κοππησ");
        }

        @Test
        void removesEveryAccentAndDiaeresis() {
            assertThat(GreekText.key("άέήίόύώ ΆΈΉΊΌΎΏ")).isEqualTo("αεηιουω αεηιουω");
            assertThat(GreekText.key("ϊΐϋΰ ΪΫ")).isEqualTo("ιιυυ ιυ");
        }

        @Test
        void removesDecomposedAccents() {
            // "Κόππης" typed with a plain omicron followed by a combining acute accent
            assertThat(GreekText.key("Κο\u0301ππης")).isEqualTo(GreekText.key("Κόππης"));
        }

        @Test
        void foldsFinalSigmaInsideAndAtTheEndOfWords() {
            assertThat(GreekText.key("Ελληνικός Οργανισμός")).isEqualTo("ελληνικοσ οργανισμοσ");
        }

        @Test
        void readsLatinLookAlikesInsideAGreekWordAsGreek() {
            // a Latin capital O in the middle of a Greek surname
            assertThat(GreekText.key("ΚOΠΠΗΣ")).isEqualTo(GreekText.key("Κόππης"));
            // Latin A, E, H, I, K, M, N, O, P, T, X, Y, Z, B typed among Greek capitals
            assertThat(GreekText.key("ΠAΠAΔOΠOYΛOY")).isEqualTo(GreekText.key("Παπαδοπούλου"));
            assertThat(GreekText.key("HPAKΛEIO")).isEqualTo(GreekText.key("Ηράκλειο"));
            assertThat(GreekText.key("ΤΡIΚAΛΑ")).isEqualTo("τρικαλα");
            assertThat(GreekText.key("ΖΩΧBΜNΤ")).isEqualTo(GreekText.key("ZΩXΒMΝT"));
        }

        @Test
        void keepsAPureLatinWordLatin() {
            assertThat(GreekText.key("DinoStem")).isEqualTo("dinostem");
            assertThat(GreekText.key("eTwinning")).isEqualTo("etwinning");
        }

        @Test
        void decidesGreekOrLatinWordByWord() {
            assertThat(GreekText.key("Πρόγραμμα eTwinning ΚOΠΠΗΣ")).isEqualTo("προγραμμα etwinning κοππησ");
        }

        @Test
        void turnsPunctuationAndRunsOfSpacesIntoSingleSpaces() {
            assertThat(GreekText.key("  2ο ΓΕΛ   Τρικάλων, «Διόφαντος» - Ε.Υ.Υ.  "))
                    .isEqualTo("2ο γελ τρικαλων διοφαντοσ ε υ υ");
        }

        @Test
        void givesAnEmptyKeyForNothing() {
            assertThat(GreekText.key(null)).isEmpty();
            assertThat(GreekText.key("   ,.;  ")).isEmpty();
        }

        @Test
        void keepsDifferentNamesApart() {
            assertThat(GreekText.key("Κόππης")).isNotEqualTo(GreekText.key("Κόπης"));
            assertThat(GreekText.key("Ελένη")).isNotEqualTo(GreekText.key("Έλενα"));
        }
    }

    @Nested
    class Matches {

        @Test
        void findsAWordTypedWithoutAccentsOrCapitals() {
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "κοππης")).isTrue();
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "ΑΛΕΞΑΝΔΡΟΣ")).isTrue();
        }

        @Test
        void matchesTheStartOfAWord() {
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "κοπ")).isTrue();
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "αλεξ κοπ")).isTrue();
        }

        @Test
        void doesNotMatchInsideAWord() {
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "οππης")).isFalse();
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "ξανδρος")).isFalse();
        }

        @Test
        void requiresEveryWordOfTheQuery() {
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "κοππης παπαδοπουλου")).isFalse();
        }

        @Test
        void ignoresTheOrderOfTheQuerysWords() {
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "Κόππης Αλέξανδρος")).isTrue();
        }

        @Test
        void readsLatinLookAlikesInTheQuery() {
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "ΚOΠΠΗΣ")).isTrue();
        }

        @Test
        void matchesEverythingWithAnEmptyQuery() {
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "")).isTrue();
            assertThat(GreekText.matches("Αλέξανδρος Κόππης", "  ")).isTrue();
        }
    }

    @Nested
    class Collator {

        private List<String> sorted(String... names) {
            List<String> list = new ArrayList<>(List.of(names));
            list.sort(GreekText.COLLATOR);
            return list;
        }

        @Test
        void sortsInGreekAlphabeticalOrder() {
            assertThat(sorted("Ωρίων", "Βασίλης", "Άννα", "Γιώργος", "Ψαράς", "Ξανθή"))
                    .containsExactly("Άννα", "Βασίλης", "Γιώργος", "Ξανθή", "Ψαράς", "Ωρίων");
        }

        @Test
        void ignoresAccents() {
            // by code point 'Ά' (U+0386) and 'Έ' (U+0388) come before every unaccented capital
            assertThat(sorted("Άννα", "Αβραάμ")).containsExactly("Αβραάμ", "Άννα");
            assertThat(sorted("Έλενα", "Δημήτρης")).containsExactly("Δημήτρης", "Έλενα");
        }

        @Test
        void ignoresCase() {
            // by code point every capital comes before every small letter
            assertThat(sorted("ΒΑΣΙΛΗΣ", "άννα", "ΓΙΩΡΓΟΣ")).containsExactly("άννα", "ΒΑΣΙΛΗΣ", "ΓΙΩΡΓΟΣ");
        }

        @Test
        void comparesLettersBeforeAccents() {
            assertThat(sorted("Ελένη", "Έλενα")).containsExactly("Έλενα", "Ελένη");
            assertThat(GreekText.COLLATOR.compare("Έλενα", "Ελένη")).isNegative();
            assertThat(GreekText.COLLATOR.compare("Ελένη", "Έλενα")).isPositive();
        }

        @Test
        void tellsApartNamesThatDifferOnlyInAccentsOrCase() {
            TreeSet<String> names = new TreeSet<>(GreekText.COLLATOR);
            names.addAll(List.of("Ελένη", "ΕΛΕΝΗ", "Έλενη", "ελενη"));
            assertThat(names).hasSize(4);
            assertThat(GreekText.COLLATOR.compare("Ελένη", "Ελένη")).isZero();
        }

        @Test
        void putsTheShorterNameFirstWhenOneStartsTheOther() {
            assertThat(sorted("ΠΑΠΑΔΟΠΟΥΛΟΥ", "Παπά")).containsExactly("Παπά", "ΠΑΠΑΔΟΠΟΥΛΟΥ");
        }
    }

    @Nested
    class NameKey {

        @Test
        void readsWordsInLatinCapitalsThatLookGreekAsGreek() {
            assertThat(GreekText.nameKey("KATIA MANTA")).isEqualTo(GreekText.key("Κάτια Μάντα"));
            assertThat(GreekText.nameKey("ΚΑΤΙΑ MANTA")).isEqualTo("κατια μαντα");
        }

        @Test
        void leavesOtherLatinWordsAsTheyAre() {
            assertThat(GreekText.nameKey("Maria Papadopoulou")).isEqualTo("maria papadopoulou");
            assertThat(GreekText.nameKey("MARIA")).isEqualTo("maria");
        }

        @Test
        void foldsLikeTheSearchKeyOtherwise() {
            assertThat(GreekText.nameKey("Κωνσταντίνος ΚΟΠΠΗΣ")).isEqualTo(GreekText.key("κωνσταντινος κοππης"));
        }
    }
}
