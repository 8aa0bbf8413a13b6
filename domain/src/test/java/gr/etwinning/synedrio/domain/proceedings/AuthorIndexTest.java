package gr.etwinning.synedrio.domain.proceedings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorIndexTest {

    @Test
    void headsNamesSurnameFirst() {
        assertThat(AuthorIndex.surnameFirst("Αλέξανδρος Κόππης")).isEqualTo("Κόππης, Αλέξανδρος");
        assertThat(AuthorIndex.surnameFirst("Κόππης Αλέξανδρος")).isEqualTo("Κόππης, Αλέξανδρος");
        assertThat(AuthorIndex.surnameFirst("Μαρία  Ελένη Παπαδοπούλου")).isEqualTo("Παπαδοπούλου, Μαρία Ελένη");
        assertThat(AuthorIndex.surnameFirst("Σμυρναίου, Ζαχαρούλα")).isEqualTo("Σμυρναίου, Ζαχαρούλα");
        assertThat(AuthorIndex.surnameFirst("Πλάτων")).isEqualTo("Πλάτων");
    }

    @Test
    void sortsInGreekAlphabeticalOrderAndMergesOnePersonTypedTwice() {
        AuthorIndex index = new AuthorIndex();
        index.add("Ωραιόπουλος Νίκος", "p3");
        index.add("Ευγενία Λειβαδάου", "p1");
        index.add("Άννα Αβραμίδου", "p2");
        index.add("ΕΥΓΕΝΙΑ ΛΕΙΒΑΔΑΟΥ", "p4");
        index.add("Σταύρος Ζαφειρίου", "p1");
        index.add("Θεοδώρα Ζαφειρίου", "p5");
        index.add("Kostas Andreou", "p6");
        assertThat(index.entries()).extracting(AuthorIndex.Entry::heading).containsExactly("Andreou, Kostas",
                "Αβραμίδου, Άννα", "Ζαφειρίου, Θεοδώρα", "Ζαφειρίου, Σταύρος", "Λειβαδάου, Ευγενία",
                "Ωραιόπουλος, Νίκος");
        assertThat(index.entries().get(4).papers()).containsExactly("p1", "p4");
    }
}
