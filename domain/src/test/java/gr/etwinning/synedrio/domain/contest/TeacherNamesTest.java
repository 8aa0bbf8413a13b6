package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.text.GreekFirstNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TeacherNamesTest {

    @Test
    void threeTeachersWithoutDelimitersAreSplitIntoThreePersons() {
        TeacherNames.Split s = TeacherNames.split("Παρασκευή Καρέλλα Κωνσταντία Μανουσαρίδου Βασιλική Γεωργαντά");
        assertThat(s.certain()).isTrue();
        assertThat(s.names()).containsExactly("Παρασκευή Καρέλλα", "Κωνσταντία Μανουσαρίδου", "Βασιλική Γεωργαντά");
    }

    @Test
    void oneTeacherWhoseSurnameLooksLikeAFirstNameIsStillOnePerson() {
        assertThat(TeacherNames.split("Σταματία Σταμάτη").names()).containsExactly("Σταματία Σταμάτη");
        assertThat(TeacherNames.split("Σοφία Νίκα").certain()).isTrue();
    }

    @Test
    void twoWordsAreOnePersonWhateverTheFirstName() {
        TeacherNames.Split s = TeacherNames.split("Ολυμπία Ζαχαρίου");
        assertThat(s.certain()).isTrue();
        assertThat(s.names()).containsExactly("Ολυμπία Ζαχαρίου");
        assertThat(TeacherNames.split("Ζυράννα Ζατέλη").certain()).isTrue();
        assertThat(TeacherNames.split("Ζυράννα   Ζατέλη").names()).containsExactly("Ζυράννα Ζατέλη");
    }

    @Test
    void theCommonFirstNamesAreKnownInTheirEverydayFormsToo() {
        for (String name : List.of("Γιώργος", "Γεώργιος", "Νίκος", "Νικόλαος", "Λευτέρης", "Ελευθέριος",
                "Ολυμπία", "Κώστας", "Κωνσταντίνος", "Μανόλης", "Εμμανουήλ", "Πάνος", "Παναγιώτης", "Βούλα",
                "Ευαγγελία", "Κατερίνα", "Αικατερίνη", "ΛΕΥΤΕΡΗΣ", "ολυμπια")) {
            assertThat(GreekFirstNames.contains(name)).as(name).isTrue();
        }
        assertThat(GreekFirstNames.contains("Ζαχαρίου")).isFalse();
    }

    @Test
    void anOddNumberOfWordsThatCutsOneWayOnlyIsCertain() {
        TeacherNames.Split s = TeacherNames.split("Άννα Μαρία Παπαδοπούλου Ελένη Κοκκίνου");
        assertThat(s.certain()).isTrue();
        assertThat(s.names()).containsExactly("Άννα Μαρία Παπαδοπούλου", "Ελένη Κοκκίνου");
    }

    @Test
    void aCellThatCutsMoreThanOneWayIsUncertainAndSaysBoth() {
        TeacherNames.Split s = TeacherNames.split("Νίκος Παππάς Μαρία Ελένη Αλεξίου");
        assertThat(s.certain()).isFalse();
        assertThat(s.names()).containsExactly("Νίκος Παππάς", "Μαρία Ελένη Αλεξίου");
        assertThat(s.doubt()).contains("more than one way").contains("Νίκος Παππάς Μαρία | Ελένη Αλεξίου");
    }

    @Test
    void anOddNumberOfWordsThatCutsNoWayIsUncertainAndNoSplitIsProposed() {
        TeacherNames.Split s = TeacherNames.split("Ανδρομέδα Ζατέλη Καρέλλα Ζωρζέτ Γκιζλή");
        assertThat(s.certain()).isFalse();
        assertThat(s.names()).isEmpty();
        assertThat(s.doubt()).contains("5 words");
    }

    @Test
    void aSecondFirstNameWhereASurnameShouldBeMakesTheSplitUncertain() {
        TeacherNames.Split s = TeacherNames.split("Μαρία Ελένη Γεωργίου Παππά");
        assertThat(s.certain()).isFalse();
        assertThat(s.doubt()).contains("Ελένη");
        assertThat(s.names()).containsExactly("Μαρία Ελένη", "Γεωργίου Παππά");
    }

    @Test
    void anUnknownFirstNameMakesTheSplitUncertain() {
        assertThat(TeacherNames.split("Ζυράννα Ζατέλη Μαρία Γκιζλή").certain()).isTrue(); // Μαρία starts the second
        TeacherNames.Split s = TeacherNames.split("Ζυράννα Ζατέλη Ζωρζέτ Γκιζλή");
        assertThat(s.certain()).isFalse();
        assertThat(s.doubt()).contains("Ζωρζέτ");
    }

    @Test
    void explicitSeparatorsAreTrusted() {
        TeacherNames.Split s = TeacherNames.split("Άννα Μαρία Παπαδοπούλου, Ελένη Κοκκίνου");
        assertThat(s.certain()).isTrue();
        assertThat(s.names()).containsExactly("Άννα Μαρία Παπαδοπούλου", "Ελένη Κοκκίνου");
    }

    @Test
    void aSingleWordIsUncertain() {
        assertThat(TeacherNames.split("Κοκκίνου").certain()).isFalse();
    }
}
