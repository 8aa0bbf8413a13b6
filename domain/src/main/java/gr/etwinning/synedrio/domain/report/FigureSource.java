package gr.etwinning.synedrio.domain.report;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/**
 * Where the report takes a figure from: the value the organisers {@link #RECORDED recorded}, or the one Synedrio
 * {@link #COUNTED counted} from the data it holds.
 *
 * <p>The rule, for every figure: a recorded figure stands and the counted one is shown beside it; the counted one
 * is used where nothing is recorded, or where the operator chose it for that edition and key.
 */
public enum FigureSource {
    RECORDED, COUNTED;

    public static FigureSource of(String text) {
        if (text != null) {
            for (FigureSource s : values()) {
                if (s.word().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        throw new InvalidValueException("choice", "the choice must be 'counted' or 'recorded'");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Which of the two the report uses, given what there is and what was chosen ({@code null}: nothing chosen). */
    public static FigureSource use(boolean recorded, boolean counted, FigureSource chosen) {
        if (recorded && counted) {
            return chosen == null ? RECORDED : chosen;
        }
        return counted ? COUNTED : RECORDED;
    }
}
