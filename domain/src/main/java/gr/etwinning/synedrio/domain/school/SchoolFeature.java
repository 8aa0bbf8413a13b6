package gr.etwinning.synedrio.domain.school;

/** What a school's official name says about it besides its unit type. */
public enum SchoolFeature {
    /** ΗΜΕΡΗΣΙΟ: a day school, the default when a name says neither. */
    DAY,
    /** ΕΣΠΕΡΙΝΟ: an evening school, a different unit from the day school of the same number and town. */
    EVENING,
    /** ΠΕΙΡΑΜΑΤΙΚΟ: an experimental school. */
    EXPERIMENTAL,
    /** ΠΡΟΤΥΠΟ: a model school. */
    MODEL,
    /** ΜΟΥΣΙΚΟ: a music school. */
    MUSIC,
    /** ΚΑΛΛΙΤΕΧΝΙΚΟ: an arts school. */
    ARTS,
    /** ΙΔΙΩΤΙΚΟ, or a private school's brand name (ΕΚΠΑΙΔΕΥΤΗΡΙΑ, ΚΟΛΛΕΓΙΟ). */
    PRIVATE,
    /** ΔΙΑΠΟΛΙΤΙΣΜΙΚΗΣ ΕΚΠΑΙΔΕΥΣΗΣ: an intercultural school. */
    INTERCULTURAL,
    /** ΕΙΔΙΚΟ: special needs education. */
    SPECIAL_NEEDS
}
