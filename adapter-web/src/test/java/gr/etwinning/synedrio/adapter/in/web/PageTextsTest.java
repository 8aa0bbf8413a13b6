package gr.etwinning.synedrio.adapter.in.web;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PageTextsTest {

    private static Set<Object> keys(String lang) throws Exception {
        Properties p = new Properties();
        try (var in = PageTexts.class.getResourceAsStream("/web/texts_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }

    @Test
    void everyTextExistsInGreekAndInEnglish() throws Exception {
        assertThat(keys("en")).containsExactlyInAnyOrderElementsOf(keys("el"));
        assertThat(PageTexts.of("el").get("register.title")).isEqualTo("Εγγραφή στο συνέδριο");
        assertThat(PageTexts.of("en").f("workshops.left", 3, 30)).isEqualTo("3 free of 30");
        assertThat(PageTexts.of("fr").lang()).isEqualTo("el");
    }

    @Test
    void countsAgreeWithTheirNounInBothLanguages() {
        assertThat(PageTexts.of("el").count(31, ContributionKind.TALK)).isEqualTo("31 ομιλίες");
        assertThat(PageTexts.of("el").count(1, ContributionKind.WORKSHOP)).isEqualTo("1 βιωματικό εργαστήριο");
        assertThat(PageTexts.of("en").count(31, ContributionKind.TALK)).isEqualTo("31 talks");
        assertThat(PageTexts.of("en").count(1, ContributionKind.TALK)).isEqualTo("1 talk");
        assertThat(PageTexts.of("en").count(16, ContributionKind.WORKSHOP)).isEqualTo("16 hands-on workshops");
        assertThat(PageTexts.of("en").count(2, ContributionKind.ADDRESS)).isEqualTo("2 addresses");
    }

    @Test
    void greekDataOnAnEnglishPageIsMarkedGreek() {
        assertThat(PageTexts.of("en").dataLang("Στρογγυλή τράπεζα")).isEqualTo("el");
        assertThat(PageTexts.of("en").dataLang("DinoStem")).isNull();
        assertThat(PageTexts.of("el").dataLang("Στρογγυλή τράπεζα")).isNull();
        assertThat(PageTexts.of("en").dataLang(null)).isNull();
    }

    @Test
    void acceptLanguagePicksGreekOrEnglishByWeightAndGreekOtherwise() {
        assertThat(PageTexts.fromAcceptLanguage(null)).isEqualTo("el");
        assertThat(PageTexts.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo("en");
        assertThat(PageTexts.fromAcceptLanguage("el-GR,el;q=0.9,en;q=0.8")).isEqualTo("el");
        assertThat(PageTexts.fromAcceptLanguage("en;q=0.5, el;q=0.8")).isEqualTo("el");
        assertThat(PageTexts.fromAcceptLanguage("de-DE,fr;q=0.8")).isEqualTo("el");
        assertThat(PageTexts.fromAcceptLanguage("en;q=abc")).isEqualTo("el");
        assertThat(PageTexts.fromAcceptLanguage("x".repeat(2000))).isEqualTo("el");
    }

    @Test
    void theUseCasesRefusalsBecomeGreekMessagesByField() {
        InvalidValueException e = new InvalidValueException("full name, email, school, level, consent",
                "full name is longer than 200 characters; email is not an e-mail address: it needs one '@'; "
                        + "school is missing or blank; level 'x' is neither primary nor secondary; consent to the "
                        + "processing of personal data is required");
        var errors = ParticipantPagesController.fieldErrors(PageTexts.of("el"), e);
        assertThat(errors).containsExactly(
                java.util.Map.entry("fullName", "Το ονοματεπώνυμο είναι πολύ μεγάλο (έως 200 χαρακτήρες)."),
                java.util.Map.entry("email", "Η διεύθυνση e-mail δεν είναι έγκυρη: χρειάζεται ένα @ και όνομα "
                        + "τομέα, π.χ. onoma@sch.gr."),
                java.util.Map.entry("school", "Γράψτε το σχολείο σας."),
                java.util.Map.entry("level", "Επιλέξτε Πρωτοβάθμια ή Δευτεροβάθμια."),
                java.util.Map.entry("consent", "Για να εγγραφείτε χρειάζεται η συγκατάθεσή σας."));
    }
}
