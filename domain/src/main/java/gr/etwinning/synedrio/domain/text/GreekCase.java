package gr.etwinning.synedrio.domain.text;

/** The grammatical case a Greek phrase is put in: ο Γενικός Γραμματέας, του ΥΠΑΙΘ, από την κα Αστέρη. */
public enum GreekCase {
    NOMINATIVE, GENITIVE, ACCUSATIVE
}
