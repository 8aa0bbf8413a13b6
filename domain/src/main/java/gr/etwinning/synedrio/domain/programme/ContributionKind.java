package gr.etwinning.synedrio.domain.programme;

import gr.etwinning.synedrio.domain.text.Gender;
import gr.etwinning.synedrio.domain.text.GreekNoun;

/** What a contribution is. */
public enum ContributionKind {
    /** Κήρυξη έναρξης: declaring the proceedings open. */
    OPENING,
    /** Χαιρετισμός: a short greeting. */
    GREETING,
    /** Ομιλία of an official or of the action's leaders. */
    ADDRESS,
    /** Ομιλία of an invited keynote speaker. */
    KEYNOTE,
    /** Ομιλία ή επιστημονική ανακοίνωση by a teacher, as the press release counts them together. */
    TALK,
    /** Επιστημονική ανακοίνωση, where the source tells it apart from a talk. */
    SCIENTIFIC_ANNOUNCEMENT,
    /** Βιωματικό εργαστήριο. */
    WORKSHOP,
    /** Εισήγηση/τοποθέτηση at a round table. */
    ROUND_TABLE_POSITION,
    /** Presenting awards at the award ceremony. */
    AWARD_PRESENTATION;

    /** What the programme calls it, in Greek: the noun's singular with a capital ("Βιωματικό εργαστήριο"). */
    public String label() {
        return noun().label();
    }

    /** The Greek noun a count of this kind takes: "1 ομιλία", "31 ομιλίες", "16 βιωματικά εργαστήρια". */
    public GreekNoun noun() {
        switch (this) {
            case OPENING: return new GreekNoun("κήρυξη έναρξης", "κηρύξεις έναρξης", Gender.FEMININE);
            case GREETING: return new GreekNoun("χαιρετισμός", "χαιρετισμοί", Gender.MASCULINE);
            case ADDRESS: return GreekNoun.TALK;
            case KEYNOTE: return new GreekNoun("κεντρική ομιλία", "κεντρικές ομιλίες", Gender.FEMININE);
            case TALK: return GreekNoun.TALK;
            case SCIENTIFIC_ANNOUNCEMENT:
                return new GreekNoun("επιστημονική ανακοίνωση", "επιστημονικές ανακοινώσεις", Gender.FEMININE);
            case WORKSHOP: return GreekNoun.HANDS_ON_WORKSHOP;
            case ROUND_TABLE_POSITION: return new GreekNoun("εισήγηση", "εισηγήσεις", Gender.FEMININE);
            default: return new GreekNoun("απονομή βραβείων", "απονομές βραβείων", Gender.FEMININE);
        }
    }
}
