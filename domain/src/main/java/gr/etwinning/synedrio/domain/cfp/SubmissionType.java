package gr.etwinning.synedrio.domain.cfp;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.Locale;

/** What a submission proposes: a paper (επιστημονική ανακοίνωση) or a hands-on workshop (βιωματικό εργαστήριο). */
public enum SubmissionType {
    PAPER,
    WORKSHOP;

    /** {@code paper}/{@code workshop}, or the Greek words for them, however typed. */
    public static SubmissionType of(String value, String item) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(item, item + " is missing: paper or workshop");
        }
        String key = GreekText.key(value);
        return switch (key) {
            case "paper", "talk", "ανακοινωση", "επιστημονικη ανακοινωση", "εισηγηση" -> PAPER;
            case "workshop", "εργαστηριο", "βιωματικο εργαστηριο" -> WORKSHOP;
            default -> throw new InvalidValueException(item, item + " '" + value + "' is neither paper nor workshop");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The programme's kind for it, unless the committee decides otherwise. */
    public ContributionKind contributionKind() {
        return this == PAPER ? ContributionKind.TALK : ContributionKind.WORKSHOP;
    }

    public String label() {
        return this == PAPER ? "Επιστημονική ανακοίνωση" : "Βιωματικό εργαστήριο";
    }
}
