package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.Optional;

/**
 * The contest's categories: four by age group, ranked 1st, 2nd, …; and two special ones, each with a single prize
 * that may go to more than one project. The level is what a prize falls back to for a school whose name reveals no
 * type; the STEM category mixes levels and has none.
 */
public enum CategoryKind {
    /** Νηπιαγωγείο (ηλικία 4-5). */
    KINDERGARTEN(EducationLevel.PRIMARY, false),
    /** Δημοτικό (ηλικία 6-12). */
    PRIMARY(EducationLevel.PRIMARY, false),
    /** Γυμνάσιο (ηλικία 13-15). */
    LOWER_SECONDARY(EducationLevel.SECONDARY, false),
    /** ΓΕΛ, ΕΠΑΛ, ΕΠΑΣ, ΤΕΕ και ΕΕΕΕΚ (ηλικία 16-19). */
    UPPER_SECONDARY(EducationLevel.SECONDARY, false),
    /** Ειδική κατηγορία: σχολεία επαγγελματικής εκπαίδευσης (ΕΠΑΛ, ΕΚ, ΕΕΕΕΚ) και ΙΕΚ. */
    VOCATIONAL(EducationLevel.SECONDARY, true),
    /** Ειδική κατηγορία: δράση STEM, of any level. */
    STEM(null, true);

    private final EducationLevel level;
    private final boolean special;

    CategoryKind(EducationLevel level, boolean special) {
        this.level = level;
        this.special = special;
    }

    public Optional<EducationLevel> level() {
        return Optional.ofNullable(level);
    }

    /** A special category gives one prize ("Βραβείο"), not places. */
    public boolean special() {
        return special;
    }

    /** Which category a title as the press release prints it names, if it is recognisable. */
    public static Optional<CategoryKind> recognise(String title) {
        String k = " " + GreekText.key(title) + " ";
        if (k.contains(" stem ") || k.contains(" steam ")) {
            return Optional.of(STEM);
        }
        if (k.contains(" ειδικη κατηγορια ") && (k.contains(" επαγγελματικ") || k.contains(" ιεκ "))) {
            return Optional.of(VOCATIONAL);
        }
        if (k.contains(" ειδικη κατηγορια ")) {
            return Optional.empty();
        }
        if (k.contains(" νηπιαγωγειο ")) {
            return Optional.of(KINDERGARTEN);
        }
        if (k.contains(" δημοτικο ")) {
            return Optional.of(PRIMARY);
        }
        if (k.contains(" γελ ") || k.contains(" λυκειο ")) {
            return Optional.of(UPPER_SECONDARY);
        }
        if (k.contains(" γυμνασιο ")) {
            return Optional.of(LOWER_SECONDARY);
        }
        return Optional.empty();
    }
}
