package gr.etwinning.synedrio.domain.attendance;

/** How a person of an attendance report was recognised. */
public enum MatchedBy {
    /** Their e-mail address is a registration's (case and spaces ignored). */
    EMAIL,
    /** Their name, folded, is exactly one registration's name. */
    NAME,
    /** Neither: an unregistered person (or a name that several registrations share: never guessed). */
    NONE
}
