package gr.etwinning.synedrio.domain.programme;

/** How somebody presides over a session. */
public enum ChairRole {
    /** Πρόεδρος/προεδρείο of a session. */
    CHAIR,
    /** Συντονιστής of a round table. */
    MODERATOR
}
