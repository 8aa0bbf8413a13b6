package gr.etwinning.synedrio.domain.text;

/** The grammatical gender a Greek numeral agrees with: ένας εκπαιδευτικός, μία ομιλία, ένα εργαστήριο. */
public enum Gender {
    MASCULINE, FEMININE, NEUTER
}
