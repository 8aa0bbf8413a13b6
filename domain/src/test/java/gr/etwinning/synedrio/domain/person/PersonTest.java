package gr.etwinning.synedrio.domain.person;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.fixtures.DomainFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTest {

    private static Person person(String honorific, String name, List<String> otherNames, Set<Standing> standings) {
        return new Person(PersonId.of("koppis-alexandros"), honorific, name, otherNames, null, null, standings);
    }

    @Test
    void keepsTheNameExactlyAsGivenButTrimmed() {
        Person p = person(null, "  Αλέξανδρος ΚΌΠΠΗΣ ", List.of(), Set.of());

        assertThat(p.name()).isEqualTo("Αλέξανδρος ΚΌΠΠΗΣ");
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> person(null, "   ", List.of(), Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("person 'koppis-alexandros' name");
    }

    @Test
    void refusesANameLongerThan200Characters() {
        assertThatThrownBy(() -> person(null, "Α".repeat(201), List.of(), Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("longer than 200");
        assertThat(person(null, "Α".repeat(200), List.of(), Set.of()).name()).hasSize(200);
    }

    @Test
    void refusesAMissingId() {
        assertThatThrownBy(() -> new Person(null, null, "Νίκος Γεωργίου", List.of(), null, null, Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("person id");
    }

    @Test
    void refusesAnIdThatIsNotASlug() {
        assertThatThrownBy(() -> PersonId.of("Κόππης")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PersonId.of("koppis alexandros")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PersonId.of("-koppis")).isInstanceOf(InvalidValueException.class);
        assertThat(PersonId.of("koppis-alexandros-2").value()).isEqualTo("koppis-alexandros-2");
    }

    @Test
    void dropsOtherNamesThatRepeatTheNameOrEachOther() {
        Person p = person(null, "Μιχαήλ Ιωάννου", List.of("Μιχάλης Ιωάννου", " Μιχαήλ Ιωάννου ", "Μιχάλης Ιωάννου"),
                Set.of());

        assertThat(p.otherNames()).containsExactly("Μιχάλης Ιωάννου");
    }

    @Test
    void refusesABlankOtherName() {
        assertThatThrownBy(() -> person(null, "Μιχαήλ Ιωάννου", List.of(" "), Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("other name");
    }

    @Test
    void treatsABlankHonorificAsNone() {
        assertThat(person("  ", "Νίκος Γεωργίου", List.of(), Set.of()).honorific()).isNull();
    }

    @Test
    void displaysHonorificAndName() {
        assertThat(DomainFixtures.nssMember().displayName()).isEqualTo("κ. Αλέξανδρος Κόππης");
        assertThat(DomainFixtures.teacher().displayName()).isEqualTo("Νίκος Γεωργίου");
    }

    @Test
    void letsOnlyNssMembersAndAmbassadorsChair() {
        assertThat(DomainFixtures.nssMember().mayChair()).isTrue();
        assertThat(DomainFixtures.ambassador().mayChair()).isTrue();
        assertThat(DomainFixtures.teacher().mayChair()).isFalse();
        assertThat(person(null, "Ελένη", List.of(), null).mayChair()).isFalse();
    }

    @Test
    void tellsItsStandings() {
        Person both = person(null, "Ελένη Παπαδοπούλου", List.of(),
                EnumSet.of(Standing.AMBASSADOR, Standing.NSS_MEMBER));

        assertThat(both.is(Standing.AMBASSADOR)).isTrue();
        assertThat(both.is(Standing.NSS_MEMBER)).isTrue();
        assertThat(DomainFixtures.ambassador().is(Standing.NSS_MEMBER)).isFalse();
    }

    @Test
    void keepsItsOwnCopyOfStandingsAndOtherNames() {
        Set<Standing> standings = new HashSet<>(Set.of(Standing.AMBASSADOR));
        List<String> others = new ArrayList<>(List.of("Λένα Παπαδοπούλου"));
        Person p = person(null, "Ελένη Παπαδοπούλου", others, standings);

        standings.clear();
        others.clear();

        assertThat(p.mayChair()).isTrue();
        assertThat(p.otherNames()).containsExactly("Λένα Παπαδοπούλου");
    }

    @Test
    void answersToItsNameHoweverTyped() {
        Person p = DomainFixtures.nssMember();

        assertThat(p.answersTo("κοππης")).isTrue();
        assertThat(p.answersTo("ΑΛΕΞΑΝΔΡΟΣ ΚΟΠΠΗΣ")).isTrue();
        assertThat(p.answersTo("κοπ")).isTrue();
        assertThat(p.answersTo("Παπαδοπούλου")).isFalse();
    }

    @Test
    void answersToItsOtherNames() {
        Person p = person(null, "Μιχαήλ Ιωάννου", List.of("Μιχάλης Ιωάννου"), Set.of());

        assertThat(p.answersTo("μιχαλης")).isTrue();
        assertThat(p.answersTo("Μιχαήλ")).isTrue();
        assertThat(p.answersTo("Μανώλης")).isFalse();
    }

    @Test
    void equalsByIdOnly() {
        Person a = person("κ.", "Αλέξανδρος Κόππης", List.of(), Set.of(Standing.NSS_MEMBER));
        Person b = person(null, "ΑΛΕΞΑΝΔΡΟΣ ΚΟΠΠΗΣ", List.of(), Set.of());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(DomainFixtures.teacher());
    }

    @Test
    void isTheSameAsAnotherOnlyWhenEveryFieldIsEqual() {
        Person p = DomainFixtures.nssMember();
        PersonId id = p.id();

        assertThat(p.sameAs(DomainFixtures.nssMember())).isTrue();
        assertThat(p.sameAs(null)).isFalse();
        assertThat(p.sameAs(new Person(id, "κ.", "Αλέξανδρος Κόππης", p.otherNames(), p.role(), p.affiliation(),
                Set.of(Standing.AMBASSADOR)))).as("other standing").isFalse();
        assertThat(p.sameAs(new Person(id, null, "Αλέξανδρος Κόππης", p.otherNames(), p.role(), p.affiliation(),
                p.standings()))).as("no honorific").isFalse();
        assertThat(p.sameAs(new Person(id, "κ.", "Αλέξανδρος Κοππης", p.otherNames(), p.role(), p.affiliation(),
                p.standings()))).as("name without accent").isFalse();
        assertThat(p.sameAs(new Person(id, "κ.", "Αλέξανδρος Κόππης", List.of(), p.role(), p.affiliation(),
                p.standings()))).as("no other names").isFalse();
        assertThat(p.sameAs(new Person(id, "κ.", "Αλέξανδρος Κόππης", p.otherNames(), "Εκπαιδευτικός",
                p.affiliation(), p.standings()))).as("other role").isFalse();
        assertThat(p.sameAs(new Person(id, "κ.", "Αλέξανδρος Κόππης", p.otherNames(), p.role(), null,
                p.standings()))).as("no affiliation").isFalse();
    }
}
