package gr.etwinning.synedrio.domain.report;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/**
 * How exact a recorded figure is, so that the report words it as the source did: exact ("2000"), approximately
 * ("περίπου 600"), or more than ("ξεπέρασαν τις 7.000", "περισσότερες από 4500").
 */
public enum Qualifier {
    EXACT("exact"), APPROXIMATELY("approximately"), MORE_THAN("more-than");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** {@code exact}, {@code approximately} or {@code more-than}; missing means exact. */
    public static Qualifier of(String code) {
        if (code == null || code.isBlank()) {
            return EXACT;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Qualifier q : values()) {
            if (q.code.equals(c)) {
                return q;
            }
        }
        throw new InvalidValueException("qualifier", "qualifier '" + code + "' is none of exact, approximately,"
                + " more-than");
    }
}
