package gr.etwinning.synedrio.domain.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GreekArticlesTest {

    @Test
    void theArticleAgreesInGenderAndCase() {
        assertThat(GreekArticles.definite(Gender.MASCULINE, GreekCase.NOMINATIVE)).isEqualTo("ο");
        assertThat(GreekArticles.definite(Gender.FEMININE, GreekCase.NOMINATIVE)).isEqualTo("η");
        assertThat(GreekArticles.definite(Gender.NEUTER, GreekCase.GENITIVE)).isEqualTo("του");
        assertThat(GreekArticles.definite(Gender.FEMININE, GreekCase.GENITIVE)).isEqualTo("της");
        assertThat(GreekArticles.definite(Gender.MASCULINE, GreekCase.ACCUSATIVE)).isEqualTo("τον");
        assertThat(GreekArticles.definite(Gender.FEMININE, GreekCase.ACCUSATIVE)).isEqualTo("την");
    }

    @Test
    void aBodysNameInTheGenitiveOnlyWhenItCanBeInflectedWithConfidence() {
        assertThat(GreekArticles.genitive("ΥΠΑΙΘ")).contains("του ΥΠΑΙΘ");
        assertThat(GreekArticles.genitive("ΙΤΥΕ «Διόφαντος»")).contains("του ΙΤΥΕ «Διόφαντος»");
        assertThat(GreekArticles.genitive("ΕΥΥ eTwinning")).contains("της ΕΥΥ eTwinning");
        assertThat(GreekArticles.genitive("Πανεπιστήμιο Δυτικής Αττικής")).contains("του Πανεπιστημίου Δυτικής Αττικής");
        assertThat(GreekArticles.genitive("Εθνικό Καποδιστριακό Πανεπιστήμιο Αθηνών"))
                .contains("του Εθνικού Καποδιστριακού Πανεπιστημίου Αθηνών");
        assertThat(GreekArticles.genitive("Παν/μιο Πελοποννήσου")).contains("του Παν/μίου Πελοποννήσου");
        assertThat(GreekArticles.genitive("Υπουργείο Παιδείας")).contains("του Υπουργείου Παιδείας");
        assertThat(GreekArticles.genitive("ΧΥΖ")).isEmpty();
        assertThat(GreekArticles.genitive("Σχολή Καλών Τεχνών")).isEmpty();
        assertThat(GreekArticles.genitive(null)).isEmpty();
    }

    @Test
    void aPersonsGenderFromTheHonorificElseTheFirstName() {
        assertThat(GreekArticles.genderOf("κ.", "Αλέξανδρος Κόππης")).contains(Gender.MASCULINE);
        assertThat(GreekArticles.genderOf("κα", "Μαρία Νικητάκη")).contains(Gender.FEMININE);
        assertThat(GreekArticles.genderOf("Καθηγητής", "Δημήτριος Σερπάνος")).contains(Gender.MASCULINE);
        assertThat(GreekArticles.genderOf("Δρ.", "Ευγενία Λειβαδάου")).contains(Gender.FEMININE);
        assertThat(GreekArticles.genderOf(null, "Νίκος Τζιμόπουλος")).contains(Gender.MASCULINE);
        assertThat(GreekArticles.genderOf(null, "Jean Dupont")).isEqualTo(Optional.empty());
    }
}
