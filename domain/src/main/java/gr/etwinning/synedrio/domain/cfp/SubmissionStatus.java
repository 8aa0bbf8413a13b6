package gr.etwinning.synedrio.domain.cfp;

import java.util.Locale;

/** Where a submission stands: submitted (under review), withdrawn by its authors, or decided. */
public enum SubmissionStatus {
    SUBMITTED,
    WITHDRAWN,
    ACCEPTED,
    REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean decided() {
        return this == ACCEPTED || this == REJECTED;
    }
}
