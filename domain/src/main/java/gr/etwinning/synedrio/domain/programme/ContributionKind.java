package gr.etwinning.synedrio.domain.programme;

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

    /** What the programme calls it, in Greek. */
    public String label() {
        switch (this) {
            case OPENING: return "Κήρυξη έναρξης";
            case GREETING: return "Χαιρετισμός";
            case ADDRESS: return "Ομιλία";
            case KEYNOTE: return "Κεντρική ομιλία";
            case TALK: return "Ομιλία";
            case SCIENTIFIC_ANNOUNCEMENT: return "Επιστημονική ανακοίνωση";
            case WORKSHOP: return "Βιωματικό εργαστήριο";
            case ROUND_TABLE_POSITION: return "Εισήγηση";
            default: return "Απονομή βραβείων";
        }
    }
}
