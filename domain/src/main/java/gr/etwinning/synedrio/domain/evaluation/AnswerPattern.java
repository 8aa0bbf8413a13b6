package gr.etwinning.synedrio.domain.evaluation;

import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a question's answers look like across a whole file, which tells its type when the operator does not:
 * <ol>
 * <li>every answer is a label of one known {@link LikertScale} → Likert;</li>
 * <li>some answers join options with {@code ;} (Google Forms' checkboxes), each option is ticked twice on average,
 * there are at most {@link Question#MAX_OPTIONS} and none is longer than a sentence → checkbox;</li>
 * <li>at most {@link Question#MAX_OPTIONS} different short answers, each given twice on average → choice;</li>
 * <li>anything else → free text.</li>
 * </ol>
 *
 * @param answers each different answer (as first written) and how many responses gave it, blanks left out
 */
public record AnswerPattern(Map<String, Integer> answers) {

    /** Longer than this, an answer is a sentence someone wrote, not an option someone ticked. */
    static final int OPTION_LENGTH = 120;

    public AnswerPattern {
        answers = new LinkedHashMap<>(answers);
    }

    public QuestionType type() {
        if (answers.isEmpty()) {
            return QuestionType.TEXT;
        }
        if (LikertScale.recognise(answers.keySet()).isPresent()) {
            return QuestionType.LIKERT;
        }
        int given = answers.values().stream().mapToInt(Integer::intValue).sum();
        if (answers.keySet().stream().anyMatch(a -> a.contains(";"))) {
            Map<String, Integer> parts = new HashMap<>();
            answers.forEach((a, n) -> Question.parts(a).forEach(p -> parts.merge(GreekText.key(p), n,
                    Integer::sum)));
            int uses = parts.values().stream().mapToInt(Integer::intValue).sum();
            if (parts.size() <= Question.MAX_OPTIONS && uses >= 2 * parts.size()
                    && parts.keySet().stream().allMatch(p -> p.length() <= OPTION_LENGTH)) {
                return QuestionType.CHECKBOX;
            }
            return QuestionType.TEXT;
        }
        if (answers.size() <= Question.MAX_OPTIONS && given >= 2 * answers.size()
                && answers.keySet().stream().allMatch(a -> a.length() <= OPTION_LENGTH)) {
            return QuestionType.CHOICE;
        }
        return QuestionType.TEXT;
    }

    /** The scale of a Likert question. */
    public Optional<LikertScale> scale() {
        return LikertScale.recognise(answers.keySet());
    }

    /** The options a choice or checkbox question counts, in the order first met. */
    public List<String> options(QuestionType type) {
        List<String> options = new ArrayList<>();
        for (String a : answers.keySet()) {
            options.addAll(type == QuestionType.CHECKBOX ? Question.parts(a) : List.of(a.strip()));
        }
        return options;
    }
}
