package gr.etwinning.synedrio.domain.programme;

/** What a session is for. */
public enum SessionKind {
    /** Κήρυξη έναρξης: the opening of the proceedings. */
    OPENING,
    /** Χαιρετισμοί: short greetings by officials. */
    GREETINGS,
    /** Ομιλίες: addresses by officials and the action's leaders. */
    ADDRESSES,
    /** Κεντρική ομιλία: an invited keynote. */
    KEYNOTE,
    /** Παράλληλη συνεδρία: talks and scientific announcements for one education level. */
    PARALLEL,
    /** Βιωματικά εργαστήρια: hands-on workshops. */
    WORKSHOPS,
    /** Συνεδρία ολομέλειας: a plenary session mixing talks and workshops. */
    PLENARY,
    /** Στρογγυλή τράπεζα: invited positions and a moderated discussion. */
    ROUND_TABLE,
    /** Τελετή βράβευσης: the national contest's award ceremony. */
    AWARD_CEREMONY;

    /** What the programme calls it, in Greek. */
    public String label() {
        switch (this) {
            case OPENING: return "Έναρξη εργασιών";
            case GREETINGS: return "Χαιρετισμοί";
            case ADDRESSES: return "Ομιλίες";
            case KEYNOTE: return "Κεντρική ομιλία";
            case PARALLEL: return "Παράλληλη συνεδρία";
            case WORKSHOPS: return "Βιωματικά εργαστήρια";
            case PLENARY: return "Συνεδρία ολομέλειας";
            case ROUND_TABLE: return "Στρογγυλή τράπεζα";
            default: return "Τελετή βράβευσης";
        }
    }
}
