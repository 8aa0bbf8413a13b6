package gr.etwinning.synedrio.domain.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One question's answers counted: how many responses answered it and how many chose each option, in the options'
 * order (a Likert scale's order, lowest first).
 */
public record QuestionSummary(Question question, long answered, long[] counts) {

    /** Option → responses choosing it, in the options' order. */
    public Map<String, Long> countsByOption() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            m.put(question.options().get(i), counts[i]);
        }
        return m;
    }

    /**
     * Option → the share of the responses that answered the question, in percent with one decimal; for a checkbox
     * question the shares add up to more than 100.
     */
    public Map<String, Double> percentages() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            m.put(question.options().get(i), answered == 0 ? 0.0 : Math.round(counts[i] * 1000.0 / answered) / 10.0);
        }
        return m;
    }

    /** The mean of a Likert question's answers (1 for the lowest label, or the number on a numeric scale). */
    public OptionalDouble mean() {
        if (question.type() != QuestionType.LIKERT) {
            return OptionalDouble.empty();
        }
        LikertScale scale = scale();
        long n = 0;
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            sum += counts[i] * scale.value(i);
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.round(sum / n * 100.0) / 100.0);
    }

    /**
     * The median of a Likert question's answers, as a label: the answer in the middle when they are put in the
     * scale's order (for an even number of answers, the lower of the two middle ones); {@code null} without answers.
     */
    public String median() {
        if (question.type() != QuestionType.LIKERT) {
            return null;
        }
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        if (n == 0) {
            return null;
        }
        long middle = (n + 1) / 2;
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= middle) {
                return question.options().get(i);
            }
        }
        throw new IllegalStateException("unreachable: the counts add up to " + n);
    }

    private LikertScale scale() {
        return LikertScale.named(question.scale()).orElse(new LikertScale(question.scale(), question.options()));
    }
}
