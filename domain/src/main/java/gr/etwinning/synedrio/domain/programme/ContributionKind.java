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
    AWARD_PRESENTATION
}
