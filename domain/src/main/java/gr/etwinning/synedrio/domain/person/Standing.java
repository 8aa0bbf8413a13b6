package gr.etwinning.synedrio.domain.person;

/** Standings in the eTwinning community that matter to the programme: only these may chair a session. */
public enum Standing {
    /** A member of Greece's eTwinning National Support Service (ΕΥΥ). */
    NSS_MEMBER,
    /** An eTwinning ambassador teacher (πρεσβευτής eTwinning). */
    AMBASSADOR
}
