package gr.etwinning.synedrio.domain.evaluation;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;

/**
 * One submitted evaluation, anonymous: when it was submitted (as the form wrote it), a key that tells a second copy
 * of it from another response, the registration it belongs to (for counts only, never shown), and its answers as
 * numbers by question number ({@code answers[0]} is question 1):
 * <ul>
 * <li>Likert and choice: the option's position + 1, or 0 when not answered;</li>
 * <li>checkbox: one bit per option ticked (bit 0 = the first option), 0 when none;</li>
 * <li>free text: 1 when answered, else 0 — the text itself becomes a comment, apart from the response.</li>
 * </ul>
 *
 * @param key            a digest of the submission time and e-mail address ({@code ResponseKey}), never either
 * @param registrationId the registration of the same e-mail address in the edition, or {@code null}
 */
public record EvaluationResponse(String key, String submitted, Long registrationId, int[] answers) {

    public EvaluationResponse {
        key = Check.text(key, "response key", 64);
        submitted = Check.text(submitted, "submission time", 40);
        Check.notNull(answers, "answers");
        for (int a : answers) {
            if (a < 0) {
                throw new InvalidValueException("answers", "an answer is stored as a number from 0, not " + a);
            }
        }
    }

    /** The answer to question {@code number} (1 = the first), 0 when the response predates the question. */
    public int answer(int number) {
        return number <= answers.length ? answers[number - 1] : 0;
    }
}
