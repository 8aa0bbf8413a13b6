package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/** A reviewer's recommendation to the committee. */
public enum Recommendation {
    ACCEPT,
    WEAK_ACCEPT,
    WEAK_REJECT,
    REJECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Recommendation of(String value) {
        if (value != null) {
            for (Recommendation r : values()) {
                if (r.code().equals(value.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    return r;
                }
            }
        }
        throw new InvalidValueException("recommendation", "recommendation '" + value
                + "' is not one of accept, weak-accept, weak-reject, reject");
    }
}
