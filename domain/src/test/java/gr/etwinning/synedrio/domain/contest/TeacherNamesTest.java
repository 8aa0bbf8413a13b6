package gr.etwinning.synedrio.domain.contest;

import org.junit.jupiter.api.Test;

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
    void anOddNumberOfWordsIsUncertainAndNoSplitIsProposed() {
        TeacherNames.Split s = TeacherNames.split("Άννα Μαρία Παπαδοπούλου Ελένη Κοκκίνου");
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
        TeacherNames.Split s = TeacherNames.split("Ζυράννα Ζατέλη Μαρία Γκιζλή");
        assertThat(s.certain()).isFalse();
        assertThat(s.doubt()).contains("Ζυράννα");
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
