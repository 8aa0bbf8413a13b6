package gr.etwinning.synedrio.domain.report;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;

/**
 * A comment a teacher wrote in the conference's evaluation, stored exactly as written, numbered in the order it was
 * recorded; {@code selected} when the organisers chose it for the report.
 */
public record EvaluationComment(int number, String text, boolean selected) {

    public static final int MAX_LENGTH = 4000;

    public EvaluationComment {
        if (number < 1) {
            throw new InvalidValueException("comment", "a comment's number starts at 1, not " + number);
        }
        text = Check.text(text, "comment " + number, MAX_LENGTH);
    }

    public EvaluationComment select(boolean chosen) {
        return new EvaluationComment(number, text, chosen);
    }
}
