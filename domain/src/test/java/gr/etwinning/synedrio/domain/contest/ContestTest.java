package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.RuleViolationException;
import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContestTest {

    private static Project project(CategoryKind kind, Distinction d, String title, String school) {
        return new Project(kind, d, title, List.of(new Partner(school, List.of("Ελένη Κοκκίνου"))));
    }

    @Test
    void theFifteenthContestHasElevenProjectsAndTwentyTwoSchools() {
        Contest c = ContestFixtures.contest15();
        assertThat(c.projects()).hasSize(11);
        assertThat(c.partnerCount()).isEqualTo(22);
        assertThat(c.schools()).hasSize(22);
        assertThat(c.teacherCount()).isEqualTo(30);
        assertThat(c.presentedAt()).contains(EditionNumber.of(7));
        assertThat(c.categories()).extracting(Category::kind).containsExactly(CategoryKind.values());
        assertThat(c.category(CategoryKind.PRIMARY).orElseThrow().ages()).contains("6-12");
    }

    @Test
    void thePrizeFollowsTheSchoolNotTheCategory() {
        PrizeAllocation prizes = ContestFixtures.contest15().allocatePrizes().orElseThrow();
        Map<String, SchoolPrize> byName = new java.util.HashMap<>();
        prizes.schools().forEach(s -> byName.put(s.school().name(), s));

        SchoolPrize gymnasiumInPrimaryProject = byName.get("2ο ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ ΔΙΑΠΟΛΙΤΙΣΜΙΚΗΣ ΕΚΠΑΙΔΕΥΣΗΣ");
        assertThat(gymnasiumInPrimaryProject.level()).isEqualTo(EducationLevel.SECONDARY);
        assertThat(gymnasiumInPrimaryProject.rule().item()).isEqualTo("3D εκτυπωτής");
        assertThat(gymnasiumInPrimaryProject.basis()).isEqualTo(LevelBasis.SCHOOL_TYPE);
        assertThat(gymnasiumInPrimaryProject.reason()).contains("ΓΥΜΝΑΣΙΟ", "although its category"
                + " 'Κατηγορία: Δημοτικό (Ηλικία: 6-12)' is primary", "the prize follows the school");

        SchoolPrize primaryInKindergartenProject = byName.get("15ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΧΑΛΚΙΔΑΣ");
        assertThat(primaryInKindergartenProject.rule().describe()).isEqualTo("10 × tablet");

        SchoolPrize stemPrimary = byName.get("ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΑΝΩ ΣΥΡΟΥ");
        assertThat(stemPrimary.rule().item()).isEqualTo("tablet");
    }

    @Test
    void unclassifiedSchoolsFallBackToTheirCategoryLevelAndSaySo() {
        PrizeAllocation prizes = ContestFixtures.contest15().allocatePrizes().orElseThrow();
        SchoolPrize kotroni = prizes.schools().stream()
                .filter(s -> s.school().name().equals("ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ")).findFirst().orElseThrow();
        assertThat(kotroni.basis()).isEqualTo(LevelBasis.CATEGORY_LEVEL);
        assertThat(kotroni.rule().item()).isEqualTo("3D εκτυπωτής");
        assertThat(kotroni.reason()).contains("reveals no school type", "ΓΕΛ , ΕΠΑΛ");
        SchoolPrize college = prizes.schools().stream()
                .filter(s -> s.school().name().startsWith("ΑΡΙΣΤΟΤΕΛΕΙΟ")).findFirst().orElseThrow();
        assertThat(college.rule().item()).isEqualTo("tablet");
    }

    @Test
    void totalsAreFourteenTimesTenTabletsAndEightPrinters() {
        PrizeAllocation prizes = ContestFixtures.contest15().allocatePrizes().orElseThrow();
        assertThat(prizes.totals()).containsExactly(Map.entry("tablet", 140), Map.entry("3D εκτυπωτής", 8));
        assertThat(prizes.schoolCounts()).containsExactly(Map.entry("tablet", 14), Map.entry("3D εκτυπωτής", 8));
        assertThat(prizes.undecided()).isEmpty();
    }

    @Test
    void anUnclassifiedSchoolInTheStemCategoryIsUndecidedNotGuessed() {
        Contest c = Contest.create(ContestNumber.of(16), null, null, ContestFixtures.categories(),
                List.of(project(CategoryKind.STEM, Distinction.prize(), "Ρομπότ", "ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ")),
                ContestFixtures.POLICY_2021);
        PrizeAllocation prizes = c.allocatePrizes().orElseThrow();
        assertThat(prizes.undecided()).hasSize(1);
        assertThat(prizes.undecided().get(0).reason()).contains("no single level");
        assertThat(prizes.totals()).isEmpty();
    }

    @Test
    void aSchoolAwardedTwiceGetsOnePrize() {
        Contest c = Contest.create(ContestNumber.of(16), null, null, ContestFixtures.categories(), List.of(
                project(CategoryKind.PRIMARY, Distinction.place(1), "Α", "3ο ΔΗΜ.ΣΧ.ΑΡΓΥΡΟΥΠΟΛΗΣ"),
                project(CategoryKind.STEM, Distinction.prize(), "Β", "3o Δημοτικό Σχολείο Αργυρούπολης")),
                ContestFixtures.POLICY_2021);
        PrizeAllocation prizes = c.allocatePrizes().orElseThrow();
        assertThat(prizes.schools()).singleElement().satisfies(s -> assertThat(s.projects()).containsExactly("Α", "Β"));
        assertThat(prizes.totals()).containsExactly(Map.entry("tablet", 10));
    }

    @Test
    void withoutAPolicyThereIsNoAllocation() {
        Contest c = Contest.create(ContestNumber.of(16), null, null, ContestFixtures.categories(), List.of(), null);
        assertThat(c.allocatePrizes()).isEmpty();
    }

    @Test
    void theSamePlaceTwiceInOneCategoryIsRefused() {
        List<Project> projects = new ArrayList<>(List.of(
                project(CategoryKind.PRIMARY, Distinction.place(1), "Α", "1ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΛΗΤΗΣ"),
                project(CategoryKind.PRIMARY, Distinction.place(1), "Β", "2ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΛΗΤΗΣ")));
        assertThatThrownBy(() -> Contest.create(ContestNumber.of(16), null, null, ContestFixtures.categories(),
                projects, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("place 1 to both 'Α' and 'Β'");
    }

    @Test
    void aSpecialCategoryGivesItsPrizeToSeveralProjectsButNoPlaces() {
        assertThatThrownBy(() -> Contest.create(ContestNumber.of(16), null, null, ContestFixtures.categories(),
                List.of(project(CategoryKind.STEM, Distinction.place(1), "Α", "1ο ΓΕΛ ΛΗΤΗΣ")), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("special category");
        assertThatThrownBy(() -> Contest.create(ContestNumber.of(16), null, null, ContestFixtures.categories(),
                List.of(project(CategoryKind.PRIMARY, Distinction.prize(), "Α", "1ο ΔΗΜ ΛΗΤΗΣ")), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("ranks its projects");
    }

    @Test
    void aProjectInACategoryTheContestDoesNotListIsRefused() {
        assertThatThrownBy(() -> Contest.create(ContestNumber.of(16), null, null,
                List.of(Category.fromTitle("Κατηγορία: Δημοτικό")),
                List.of(project(CategoryKind.STEM, Distinction.prize(), "Α", "1ο ΓΕΛ ΛΗΤΗΣ")), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("does not list");
    }

    @Test
    void theSameSchoolTypedTwiceInOneProjectIsRefused() {
        assertThatThrownBy(() -> new Project(CategoryKind.PRIMARY, Distinction.place(1), "Α", List.of(
                new Partner("3ο ΔΗΜ.ΣΧ.ΑΡΓΥΡΟΥΠΟΛΗΣ", List.of()),
                new Partner("3o Δημοτικό Σχολείο Αργυρούπολης", List.of()))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("twice (also as '3ο ΔΗΜ.ΣΧ.");
    }

    @Test
    void categoriesAreRecognisedFromTheirPressReleaseTitles() {
        assertThat(Category.fromTitle("Ειδική κατηγορία: Δράση STEM").kind()).isEqualTo(CategoryKind.STEM);
        assertThat(Category.fromTitle("Κατηγορία: ΓΕΛ , ΕΠΑΛ, ΕΠΑΣ, ΤΕΕ και ΕΕΕΕΚ (Ηλικία: 16-19)").minAge())
                .isEqualTo(16);
        assertThatThrownBy(() -> Category.fromTitle("Κατηγορία: Πανεπιστήμιο"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("none of the contest's categories");
    }

    @Test
    void schoolYearsAreReadAsTyped() {
        assertThat(SchoolYear.parse("2020-21").toString()).isEqualTo("2020-2021");
        assertThat(SchoolYear.parse("2020–2021").startYear()).isEqualTo(2020);
        assertThatThrownBy(() -> SchoolYear.parse("2020-2022")).hasMessageContaining("the year after");
    }
}
