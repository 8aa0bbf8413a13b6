package gr.etwinning.synedrio.domain.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GreekTextSearchKeyTest {

    @Test
    void accentsCapitalsFinalSigmaAndLatinLookAlikesFoldToOneKey() {
        assertThat(GreekText.key("Κόππης")).isEqualTo("κοππησ");
        assertThat(GreekText.key("ΚΟΠΠΗΣ")).isEqualTo("κοππησ");
        assertThat(GreekText.key("κοππης")).isEqualTo("κοππησ");
        assertThat(GreekText.key("ΚOΠΠΗΣ")).as("with a Latin O").isEqualTo("κοππησ");
        assertThat(GreekText.key("Ξέστερνου, Ευγενία Λειβαδάου")).isEqualTo("ξεστερνου ευγενια λειβαδαου");
        assertThat(GreekText.key("Πρωτοβάθμια & Δευτεροβάθμια")).isEqualTo("πρωτοβαθμια δευτεροβαθμια");
        assertThat(GreekText.key("Ευφροσύνη ΑΫΠΝΟΣ")).isEqualTo("ευφροσυνη αυπνοσ");
        assertThat(GreekText.key("STEM")).as("a Latin word stays Latin").isEqualTo("stem");
    }

    @Test
    void matchRankPutsExactMatchesBeforeWholeWordsBeforeWordBeginnings() {
        assertThat(GreekText.matchRank("Αλέξανδρος Κόππης", "ΑΛΕΞΑΝΔΡΟΣ ΚΟΠΠΗΣ")).isEqualTo(3);
        assertThat(GreekText.matchRank("Αλέξανδρος Κόππης", "κοππης")).isEqualTo(2);
        assertThat(GreekText.matchRank("Αλέξανδρος Κόππης", "κοπ")).isEqualTo(1);
        assertThat(GreekText.matchRank("Αλέξανδρος Κόππης", "οππης")).as("not a word beginning").isZero();
        assertThat(GreekText.matchRank("Αλέξανδρος Κόππης", "  ")).isZero();
    }

    @Test
    void theCollatorSortsInGreekAlphabeticalOrderIgnoringCaseAndAccents() {
        List<String> names = new ArrayList<>(List.of("Ωραιόπουλος", "άλφα", "Ζαφειρίου", "ΒΗΤΑ", "Έψιλον", "γάμμα"));
        names.sort(GreekText.COLLATOR);
        assertThat(names).containsExactly("άλφα", "ΒΗΤΑ", "γάμμα", "Έψιλον", "Ζαφειρίου", "Ωραιόπουλος");
    }
}
