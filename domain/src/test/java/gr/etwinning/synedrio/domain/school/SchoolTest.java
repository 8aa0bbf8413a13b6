package gr.etwinning.synedrio.domain.school;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolTest {

    @Test
    void theSameLyceumTypedThreeWaysIsOneSchool() {
        School official = School.named("26ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ");
        School shortForm = School.named("26ο ΓΕΛ ΑΘΗΝΩΝ");
        School dotted = School.named("26o Γε.Λ. Αθηνών");
        assertThat(shortForm).isEqualTo(official);
        assertThat(dotted).isEqualTo(official);
        assertThat(official.key()).isEqualTo("26 γελ αθηνων");
        assertThat(dotted.name()).isEqualTo("26o Γε.Λ. Αθηνών");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "49ο ΓΕ.Λ. Αθηνών|49ο Γενικό Λύκειο Αθηνών",
            "3ο ΕΠΑ.Λ. ΗΡΑΚΛΕΙΟΥ|3ο ΗΜΕΡΗΣΙΟ ΕΠΑΓΓΕΛΜΑΤΙΚΟ ΛΥΚΕΙΟ ΗΡΑΚΛΕΙΟΥ",
            "3ο ΔΗΜ.ΣΧ.ΑΡΓΥΡΟΥΠΟΛΗΣ|3o Δημοτικό Σχολείο Αργυρούπολης",
            "7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ|7ο Νηπιαγωγείο Κατερίνης",
            "7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ|7ο ΟΛΟΗΜΕΡΟ ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ",
            "1ο ΓΥΜ. ΛΗΤΗΣ|1ο Γυμνάσιο Λήτης",
    })
    void shortFormsAndOfficialNamesShareOneKey(String a, String b) {
        assertThat(School.named(a).key()).isEqualTo(School.named(b).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ΕΣΠΕΡΙΝΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΚΟΜΟΤΗΝΗΣ|ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΚΟΜΟΤΗΝΗΣ",
            "7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ|7ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΚΑΤΕΡΙΝΗΣ",
            "ΜΟΥΣΙΚΟ ΣΧΟΛΕΙΟ - ΓΥΜΝΑΣΙΟ|ΓΥΜΝΑΣΙΟ",
            "2ο ΓΕΛ ΑΘΗΝΩΝ|22ο ΓΕΛ ΑΘΗΝΩΝ",
    })
    void differentUnitsKeepDifferentKeys(String a, String b) {
        assertThat(School.named(a).key()).isNotEqualTo(School.named(b).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΖΗΠΑΡΙΟΥ|GENIKO_LYKEIO|DAY",
            "ΚΑΛΛΙΤΕΧΝΙΚΟ ΓΥΜΝΑΣΙΟ ΚΕΡΑΤΣΙΝΙΟΥ - ΔΡΑΠΕΤΣΩΝΑ|GYMNASIO|ARTS",
            "ΕΣΠΕΡΙΝΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΚΟΜΟΤΗΝΗΣ|GENIKO_LYKEIO|EVENING",
            "ΠΕΙΡΑΜΑΤΙΚΟ ΣΧΟΛΕΙΟ ΠΑΝΕΠΙΣΤΗΜΙΟΥ ΘΕΣΣΑΛΟΝΙΚΗΣ ΓΥΜΝΑΣΙΟ - ΛΥΚΕΙΟ|GYMNASIO|EXPERIMENTAL",
            "ΓΥΜΝΑΣΙΟ ΜΕ ΛΥΚΕΙΑΚΕΣ ΤΑΞΕΙΣ ΞΗΡΟΚΑΜΠΙΟΥ ΛΑΚΩΝΙΑΣ|GYMNASIO|",
            "ΙΔΙΩΤΙΚΟ ΓΥΜΝΑΣΙΟ ΑΥΤΕΝΕΡΓΩ|GYMNASIO|PRIVATE",
            "ΜΟΥΣΙΚΟ ΣΧΟΛΕΙΟ - ΓΥΜΝΑΣΙΟ|GYMNASIO|MUSIC",
            "1ο ΗΜΕΡΗΣΙΟ ΕΠΑΛ ΙΕΡΑΠΕΤΡΑΣ|EPAL|DAY",
            "ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΣΧΟΛΗ ΠΑΤΡΩΝ|EPAS|",
            "ΕΡΓΑΣΤΗΡΙΑΚΟ ΚΕΝΤΡΟ ΧΑΝΙΩΝ|EK|",
            "ΕΕΕΕΚ ΠΑΤΡΑΣ|EEEEK|SPECIAL_NEEDS",
            "ΔΗΜΟΣΙΟ ΙΕΚ ΑΙΓΑΛΕΩ|IEK|",
            "ΙΝΣΤΙΤΟΥΤΟ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΚΑΤΑΡΤΙΣΗΣ ΧΑΝΙΩΝ|IEK|",
            "Ι.Ε.Κ. Ηρακλείου|IEK|",
            "2ο ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ ΔΙΑΠΟΛΙΤΙΣΜΙΚΗΣ ΕΚΠΑΙΔΕΥΣΗΣ|GYMNASIO|INTERCULTURAL",
            "15ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΧΑΛΚΙΔΑΣ|DIMOTIKO|",
            "ΝΗΠΙΑΓΩΓΕΙΟ ΑΥΛΩΝΑΡΙΟΥ|NIPIAGOGEIO|",
    })
    void theTypeAndFeaturesAreReadFromTheName(String name, SchoolType type, SchoolFeature feature) {
        School s = School.named(name);
        assertThat(s.type()).contains(type);
        if (feature != null) {
            assertThat(s.features()).contains(feature);
        }
    }

    @Test
    void theLevelFollowsTheType() {
        assertThat(School.named("2ο ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ").level()).contains(EducationLevel.SECONDARY);
        assertThat(School.named("15ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΧΑΛΚΙΔΑΣ").level()).contains(EducationLevel.PRIMARY);
        assertThat(School.named("ΔΗΜΟΣΙΟ ΙΕΚ ΑΙΓΑΛΕΩ").level()).contains(EducationLevel.SECONDARY);
        assertThat(School.named("ΔΗΜΟΣΙΟ ΙΕΚ ΑΙΓΑΛΕΩ").key()).isEqualTo(School.named("Ι.Ε.Κ. Αιγάλεω").key());
    }

    @Test
    void aBrandNameRevealsNoTypeAndStaysUnclassified() {
        School kotroni = School.named("ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ");
        School college = School.named("ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ");
        assertThat(kotroni.isClassified()).isFalse();
        assertThat(kotroni.level()).isEmpty();
        assertThat(college.type()).isEmpty();
        assertThat(college.features()).containsExactly(SchoolFeature.PRIVATE);
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        assertThatThrownBy(() -> School.named("  ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("school name");
        assertThatThrownBy(() -> School.named("-- .")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no letters");
    }

    @Test
    void isTheSameSchoolWhenTheOrdinalIsTypedWithALatinO() {
        assertThat(School.named("2o Γυμνάσιο Ηρακλείου").key())
                .isEqualTo(School.named("2ο Γυμνάσιο Ηρακλείου").key());
        assertThat(gr.etwinning.synedrio.domain.text.GreekText.key("3o ΓΕΛ"))
                .isEqualTo(gr.etwinning.synedrio.domain.text.GreekText.key("3ο ΓΕΛ"));
    }
}
