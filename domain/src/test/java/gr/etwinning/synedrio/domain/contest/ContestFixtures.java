package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.conference.EditionNumber;
import gr.etwinning.synedrio.domain.school.EducationLevel;

import java.util.ArrayList;
import java.util.List;

/** The 15th contest as the 2021 press release prints it, for tests of every module. */
public final class ContestFixtures {

    private ContestFixtures() {
    }

    public static final PrizePolicy POLICY_2021 = new PrizePolicy(
            "δέκα (10) tablets/σχολική μονάδα ή έναν (1) 3D εκτυπωτή/σχολική μονάδα (για τα Γυμνάσια- Λύκεια)",
            List.of(new PrizeRule(EducationLevel.PRIMARY, 10, "tablet"),
                    new PrizeRule(EducationLevel.SECONDARY, 1, "3D εκτυπωτής")));

    public static List<Category> categories() {
        return List.of(
                Category.fromTitle("Κατηγορία: Νηπιαγωγείο (ηλικία 4-5)"),
                Category.fromTitle("Κατηγορία: Δημοτικό (Ηλικία: 6-12)"),
                Category.fromTitle("Κατηγορία: Γυμνάσιο (Ηλικία: 13-15)"),
                Category.fromTitle("Κατηγορία: ΓΕΛ , ΕΠΑΛ, ΕΠΑΣ, ΤΕΕ και ΕΕΕΕΚ (Ηλικία: 16-19)"),
                Category.fromTitle("Ειδική κατηγορία: Σχολεία Επαγγελματικής Εκπ/σης (ΕΠΑΛ, ΕΚ, ΕΕΕΕΚ) και ΙΕΚ"),
                Category.fromTitle("Ειδική κατηγορία: Δράση STEM"));
    }

    private static Partner partner(String school, String... teachers) {
        return new Partner(school, List.of(teachers));
    }

    public static List<Project> projects() {
        List<Project> p = new ArrayList<>();
        p.add(new Project(CategoryKind.KINDERGARTEN, Distinction.place(1), "DinoStem", List.of(
                partner("7ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ", "Παρασκευή Καρέλλα", "Κωνσταντία Μανουσαρίδου",
                        "Βασιλική Γεωργαντά"),
                partner("2ο ΝΗΠΙΑΓΩΓΕΙΟ ΑΛΙΑΤΡΟΥ", "Μαρία Γκιζλή"),
                partner("1ο ΝΗΠΙΑΓΩΓΕΙΟ ΛΗΤΗΣ", "Σοφία Νίκα"),
                partner("24ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ", "Αναστασία Σουσιάδου"),
                partner("13ο ΝΗΠΙΑΓΩΓΕΙΟ ΚΑΤΕΡΙΝΗΣ", "Στυλιανή Κέτσιου"))));
        p.add(new Project(CategoryKind.KINDERGARTEN, Distinction.place(2), "Eco Tweet: Little Scientists", List.of(
                partner("ΝΗΠΙΑΓΩΓΕΙΟ ΑΥΛΩΝΑΡΙΟΥ", "Μαργαρίτα Σαμουτιάν", "Ελένη Τσιργιώτη"),
                partner("15ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΧΑΛΚΙΔΑΣ", "Στυλιανή Τάτσιου", "Δημήτριος Δροσάτος"))));
        p.add(new Project(CategoryKind.PRIMARY, Distinction.place(1), "In your shoes", List.of(
                partner("ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΧΑΛΑΝΔΡΙΤΣΑΣ", "Δήμητρα Διαμαντοπούλου"))));
        p.add(new Project(CategoryKind.PRIMARY, Distinction.place(2), "Me the A.I #2.0", List.of(
                partner("2ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΝΕΑΣ ΕΡΥΘΡΑΙΑΣ", "Γεωργία Λάσκαρη", "Σωτηρία Μαρώλια"),
                partner("ΑΡΙΣΤΟΤΕΛΕΙΟ ΚΟΛΛΕΓΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ", "Ελένη Κοκκίνου"),
                partner("8ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΚΗΦΙΣΙΑΣ", "Ειρήνη Παπαδοπετράκη"),
                partner("8ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΝΕΑΣ ΦΙΛΑΔΕΛΦΕΙΑΣ", "Σταυρούλα Σκιαδά", "Αικατερίνη Χαραμούσου"),
                partner("2ο ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ ΔΙΑΠΟΛΙΤΙΣΜΙΚΗΣ ΕΚΠΑΙΔΕΥΣΗΣ", "Μαρία Τζούμα"))));
        p.add(new Project(CategoryKind.LOWER_SECONDARY, Distinction.place(1), "EUnited- Spread the love!", List.of(
                partner("1ο ΗΜΕΡΗΣΙΟ ΓΥΜΝΑΣΙΟ ΑΜΠΕΛΟΚΗΠΩΝ ΘΕΣΣΑΛΟΝΙΚΗΣ-ΟΔΥΣΣΕΑΣ ΕΛΥΤΗΣ", "Αθανασία Παπαχρήστου"))));
        p.add(new Project(CategoryKind.LOWER_SECONDARY, Distinction.place(2),
                "D-RACE: Democracy-Rights-Action-Children-Ethics", List.of(
                partner("7ο ΗΜΕΡΗΣΙΟ ΓΥΜΝΑΣΙΟ ΙΩΑΝΝΙΝΩΝ", "Σταματία Σταμάτη"))));
        p.add(new Project(CategoryKind.UPPER_SECONDARY, Distinction.place(1),
                "The \"Odyssey of words\" still continues...", List.of(
                partner("ΣΥΓΧΡΟΝΑ ΕΚΠΑΙΔΕΥΤΗΡΙΑ ΚΟΤΡΩΝΗ", "Ευαγγελία Αλεξοπούλου"),
                partner("27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΘΗΝΩΝ", "Ευαγγελία Αναγνωστάκη"))));
        p.add(new Project(CategoryKind.UPPER_SECONDARY, Distinction.place(2), "YoungAction for YouropeVision",
                List.of(partner("2ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΑΓΙΟΥ ΑΘΑΝΑΣΙΟΥ- ΔΑΜΑΣΚΕΙΟ", "Αθανασία Γκιτσιλή"))));
        p.add(new Project(CategoryKind.VOCATIONAL, Distinction.prize(), "#Fishes", List.of(
                partner("1ο ΗΜΕΡΗΣΙΟ ΕΠΑΛ ΙΕΡΑΠΕΤΡΑΣ", "Μαρία Σουργιαδάκη", "Δέσποινα Λιανού",
                        "Δέσποινα Ξομπλαράκη"))));
        p.add(new Project(CategoryKind.STEM, Distinction.prize(), "A Robot in the Services of climate change",
                List.of(partner("ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ ΦΙΛΟΘΕΗΣ", "Πέτρος Ματζάκος"))));
        p.add(new Project(CategoryKind.STEM, Distinction.prize(), "STEAM Challenges", List.of(
                partner("ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΑΝΩ ΣΥΡΟΥ", "Νεκτάριος Φαρασόπουλος"),
                partner("5ο ΔΗΜΟΤΙΚΟ ΣΧΟΛΕΙΟ ΣΤΑΥΡΟΥΠΟΛΗΣ", "Χριστίνα Λούστα"))));
        return p;
    }

    public static Contest contest15() {
        return Contest.create(ContestNumber.of(15), SchoolYear.parse("2020-2021"), EditionNumber.of(7),
                categories(), projects(), POLICY_2021);
    }
}
