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
    void givenTheSameAddressInOtherCaseAndSpacesWhenMatchingThenItIsTheRegistration() {
        RegisteredPeople.Match m = people.match(" maria.papadopoulou@SCH.gr ", "Someone Else");

        assertThat(m.by()).isEqualTo(MatchedBy.EMAIL);
        assertThat(m.key()).isEqualTo(PersonKey.registration(1));
    }

    @Test
    void givenNoAddressAndTheNameWithoutAccentsInCapitalsWhenMatchingThenItMatchesByName() {
        RegisteredPeople.Match m = people.match(null, "ΚΩΝΣΤΑΝΤΙΝΟΣ ΚΟΠΠΗΣ");

        assertThat(m.by()).isEqualTo(MatchedBy.NAME);
        assertThat(m.registrationId()).isEqualTo(2L);
    }

    @Test
    void givenANameTypedInLatinCapitalsThatLookGreekWhenMatchingThenItMatchesByName() {
        assertThat(people.match("", "KATIA MANTA").registrationId()).isEqualTo(5L);
        assertThat(people.match("", "Κατια Μαντα").registrationId()).isEqualTo(5L);
    }

    @Test
    void givenANameTwoRegistrationsShareWhenMatchingThenNobodyIsGuessed() {
        RegisteredPeople.Match m = people.match(null, "Γιώργος Νικολάου");

        assertThat(m.by()).isEqualTo(MatchedBy.NONE);
        assertThat(m.registrationId()).isNull();
        assertThat(m.ambiguous()).isTrue();
        assertThat(m.key()).isEqualTo(PersonKey.name("γιωργοσ νικολαου"));
    }

    @Test
    void givenAnUnknownAddressWhenMatchingThenTheUnregisteredPersonIsKeyedByIt() {
        RegisteredPeople.Match m = people.match("Guest@Example.org", "Guest");

        assertThat(m.by()).isEqualTo(MatchedBy.NONE);
        assertThat(m.key()).isEqualTo(PersonKey.email("guest@example.org"));
    }

    @Test
    void givenADisplayNameAndAnOriginalNameWhenOnlyTheOriginalIsRegisteredThenItMatches() {
        assertThat(people.match(null, "Μαίρη", "Μαρία Παπαδοπούλου").registrationId()).isEqualTo(1L);
    }

    @Test
    void givenNeitherAddressNorNameWhenMatchingThenThereIsNoPerson() {
        assertThat(people.match(" ", "", null)).isNull();
    }

    @org.junit.jupiter.api.Test
    void anAddressInAPlatformsExportMatchesItsRegistrationWhetherItsAccentsComeComposedOrNot() {
        org.assertj.core.api.Assertions.assertThat(RegisteredPeople.emailKey(" Mu\u0308ller@Schule.de "))
                .isEqualTo(RegisteredPeople.emailKey("m\u00fcller@schule.de"))
                .isEqualTo(new gr.etwinning.synedrio.domain.registration.EmailAddress("m\u00fcller@schule.de").key());
        org.assertj.core.api.Assertions.assertThat(RegisteredPeople.emailKey("Maria@Sch.gr")).isEqualTo("maria@sch.gr");
    }

    @Test
    void anAddressAlreadyInKeyFormIsItsOwnKeyAndEveryOtherIsCleanedAsBefore() {
        java.util.Random random = new java.util.Random(11);
        String chars = "abcxyzAQZ019.-_+@@ \t\u00A0\u001F\u007Fά\u0308é";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(14);
            for (int i = 0; i < n; i++) {
                b.append(chars.charAt(random.nextInt(chars.length())));
            }
            String email = b.toString();
            assertThat(RegisteredPeople.emailKey(email)).as("%s", email).isEqualTo(cleaned(email));
        }
        String key = "maria.papadopoulou@sch.gr";
        assertThat(RegisteredPeople.emailKey(key)).isSameAs(key);
    }

    /** The key as {@link RegisteredPeople#emailKey} made it for every address before its shortcut. */
    private static String cleaned(String email) {
        StringBuilder out = new StringBuilder();
        for (char c : email.toCharArray()) {
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                out.append(c);
            }
        }
        String s = java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        return s.indexOf('@') > 0 ? s : "";
    }
}
