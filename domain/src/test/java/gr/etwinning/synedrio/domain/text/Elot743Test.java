package gr.etwinning.synedrio.domain.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class Elot743Test {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Αλέξανδρος Κόππης, koppis-alexandros",
        "Σταυρούλα Παντελοπούλου, pantelopoulou-stavroula",
        "Ευγενία Λειβαδάου, leivadaou-evgenia",
        "Μιχαήλ Παρασκευάς, paraskevas-michail",
        "Ζαχαρούλα Σμυρναίου, smyrnaiou-zacharoula",
        "Θαρρενός Μπράττσης, brattsis-tharrenos",
        "Μαρία Ξέστερνου, xesternou-maria",
        "Νίκος Τζιμόπουλος, tzimopoulos-nikos",
        "Γιώργος Αγγελόπουλος, angelopoulos-giorgos",
        "Ευθύμιος Λαμπράκης, lambrakis-efthymios",
        "ΕΛΕΝΗ ΚΩΝΣΤΑΝΤΙΝΟΥ, konstantinou-eleni",
        "Anna-Maria Schmidt, schmidt-anna-maria"
    })
    void aPersonsIdIsTheirNameInElot743SurnameFirst(String name, String id) {
        assertThat(Elot743.personSlug(name)).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"αυτός, aftos", "Αύρα, avra", "ευχή, efchi", "Ευρώπη, evropi", "καλημέρα, kalimera",
            "Ψυχή, psychi", "ταΰγετος, taygetos"})
    void vowelPairsWithUpsilonReadAsVOrFAsElot743Says(String greek, String latin) {
        assertThat(Elot743.transliterate(greek)).isEqualTo(latin);
    }
}
