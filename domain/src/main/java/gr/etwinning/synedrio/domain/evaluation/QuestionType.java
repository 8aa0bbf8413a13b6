package gr.etwinning.synedrio.domain.evaluation;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.text.GreekText;

/**
 * What kind of answers a survey question takes, which decides how they are counted: a point on an ordered
 * {@link LikertScale}, one option of a few, several options at once (Google Forms joins them with {@code ;}), or
 * free text, which is not counted but kept as an evaluation comment.
 */
public enum QuestionType {
    LIKERT("likert"), CHOICE("choice"), CHECKBOX("checkbox"), TEXT("text");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** The name operators type and the JSON shows: {@code likert}, {@code choice}, {@code checkbox}, {@code text}. */
    public String code() {
        return code;
    }

    /** Whether its answers are counted per option (all but free text). */
    public boolean counted() {
        return this != TEXT;
    }

    /** From an operator's word: the code, or {@code free-text}, {@code free}, {@code checkboxes}, {@code scale}. */
    public static QuestionType of(String word) {
        String k = GreekText.key(word).replace(" ", "-");
        return switch (k) {
            case "likert", "scale" -> LIKERT;
            case "choice", "radio" -> CHOICE;
            case "checkbox", "checkboxes" -> CHECKBOX;
            case "text", "free-text", "free", "freetext" -> TEXT;
            default -> throw new InvalidValueException("question type", "'" + word + "' is no question type;"
                    + " use likert, choice, checkbox or text");
        };
    }
}
