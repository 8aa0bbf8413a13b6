package gr.etwinning.synedrio.domain.attendance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisteredPeopleTest {

    private final RegisteredPeople people = new RegisteredPeople();

    @BeforeEach
    void register() {
        people.add(1, "Maria.Papadopoulou@sch.gr", "Μαρία Παπαδοπούλου");
        people.add(2, "kkoppis@sch.gr", "Κωνσταντίνος Κόππης");
        people.add(3, "g.nikolaou@sch.gr", "Γιώργος Νικολάου");
        people.add(4, "giorgos.nikolaou@gmail.com", "ΓΙΩΡΓΟΣ ΝΙΚΟΛΑΟΥ");
        people.add(5, "katia@sch.gr", "ΚΑΤΙΑ ΜΑΝΤΑ");
    }

    @Test
    void givenTheSameAddressInOtherCaseAndSpaces_whenMatching_thenItIsTheRegistration() {
        RegisteredPeople.Match m = people.match(" maria.papadopoulou@SCH.gr ", "Someone Else");

        assertThat(m.by()).isEqualTo(MatchedBy.EMAIL);
        assertThat(m.key()).isEqualTo(PersonKey.registration(1));
    }

    @Test
    void givenNoAddressAndTheNameWithoutAccentsInCapitals_whenMatching_thenItMatchesByName() {
        RegisteredPeople.Match m = people.match(null, "ΚΩΝΣΤΑΝΤΙΝΟΣ ΚΟΠΠΗΣ");

        assertThat(m.by()).isEqualTo(MatchedBy.NAME);
        assertThat(m.registrationId()).isEqualTo(2L);
    }

    @Test
    void givenANameTypedInLatinCapitalsThatLookGreek_whenMatching_thenItMatchesByName() {
        assertThat(people.match("", "KATIA MANTA").registrationId()).isEqualTo(5L);
        assertThat(people.match("", "Κατια Μαντα").registrationId()).isEqualTo(5L);
    }

    @Test
    void givenANameTwoRegistrationsShare_whenMatching_thenNobodyIsGuessed() {
        RegisteredPeople.Match m = people.match(null, "Γιώργος Νικολάου");

        assertThat(m.by()).isEqualTo(MatchedBy.NONE);
        assertThat(m.registrationId()).isNull();
        assertThat(m.ambiguous()).isTrue();
        assertThat(m.key()).isEqualTo(PersonKey.name("γιωργοσ νικολαου"));
    }

    @Test
    void givenAnUnknownAddress_whenMatching_thenTheUnregisteredPersonIsKeyedByIt() {
        RegisteredPeople.Match m = people.match("Guest@Example.org", "Guest");

        assertThat(m.by()).isEqualTo(MatchedBy.NONE);
        assertThat(m.key()).isEqualTo(PersonKey.email("guest@example.org"));
    }

    @Test
    void givenADisplayNameAndAnOriginalName_whenOnlyTheOriginalIsRegistered_thenItMatches() {
        assertThat(people.match(null, "Μαίρη", "Μαρία Παπαδοπούλου").registrationId()).isEqualTo(1L);
    }

    @Test
    void givenNeitherAddressNorName_whenMatching_thenThereIsNoPerson() {
        assertThat(people.match(" ", "", null)).isNull();
    }
}
