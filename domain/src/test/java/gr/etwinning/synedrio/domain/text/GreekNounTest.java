package gr.etwinning.synedrio.domain.text;

import gr.etwinning.synedrio.domain.programme.ContributionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GreekNounTest {

    @Test
    void aCountAgreesInNumberWithItsNoun() {
        assertThat(GreekNoun.TALK.count(1)).isEqualTo("1 ομιλία");
        assertThat(GreekNoun.TALK.count(31)).isEqualTo("31 ομιλίες");
        assertThat(GreekNoun.TALK.count(0)).isEqualTo("0 ομιλίες");
        assertThat(GreekNoun.WORKSHOP.count(1)).isEqualTo("1 εργαστήριο");
        assertThat(GreekNoun.WORKSHOP.count(16)).isEqualTo("16 εργαστήρια");
        assertThat(GreekNoun.SESSION.count(9)).isEqualTo("9 συνεδρίες");
        assertThat(GreekNoun.CONTRIBUTION.count(1)).isEqualTo("1 παρουσίαση");
        assertThat(GreekNoun.PARTICIPANT.count(2)).isEqualTo("2 συμμετέχοντες");
    }

    @Test
    void inWordsTheNumeralAgreesInGenderToo() {
        assertThat(GreekNoun.TALK.inWords(31)).isEqualTo("τριάντα μία (31) ομιλίες");
        assertThat(GreekNoun.HANDS_ON_WORKSHOP.inWords(16)).isEqualTo("δεκαέξι (16) βιωματικά εργαστήρια");
        assertThat(GreekNoun.WORKSHOP.inWords(1)).isEqualTo("ένα (1) εργαστήριο");
        assertThat(GreekNoun.ROUND_TABLE.inWords(1)).isEqualTo("μία (1) στρογγυλή τράπεζα");
        assertThat(ContributionKind.GREETING.noun().inWords(3)).isEqualTo("τρεις (3) χαιρετισμοί");
    }

    @Test
    void everyContributionKindHasItsNounAndItsLabelIsTheCapitalisedSingular() {
        for (ContributionKind k : ContributionKind.values()) {
            assertThat(k.label()).isEqualTo(k.noun().label());
            assertThat(k.noun().count(2)).doesNotMatch(".*[A-Za-z].*");
        }
        assertThat(ContributionKind.WORKSHOP.label()).isEqualTo("Βιωματικό εργαστήριο");
        assertThat(ContributionKind.TALK.noun().count(25)).isEqualTo("25 ομιλίες");
    }

    @Test
    void timeAttendedAgreesInEveryPart() {
        assertThat(GreekNoun.attended(125, 3)).isEqualTo("2 ώρες και 5 λεπτά σε 3 συνεδρίες");
        assertThat(GreekNoun.attended(61, 1)).isEqualTo("1 ώρα και 1 λεπτό σε 1 συνεδρία");
        assertThat(GreekNoun.attended(45, 2)).isEqualTo("45 λεπτά σε 2 συνεδρίες");
        assertThat(GreekNoun.attended(120, 2)).isEqualTo("2 ώρες σε 2 συνεδρίες");
    }
}
