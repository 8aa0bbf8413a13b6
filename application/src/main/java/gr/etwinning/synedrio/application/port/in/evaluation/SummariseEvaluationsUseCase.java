package gr.etwinning.synedrio.application.port.in.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edition's evaluations summed up: the number of responses, and per question the responses that answered it,
 * the count and share of each option (a Likert scale's labels in the scale's order, lowest first), and for a Likert
 * question the mean and the median. Counts only: no answer is ever shown with who gave it.
 */
public interface SummariseEvaluationsUseCase {

    EvaluationSummary summariseEvaluations(int edition);

    /** @param registered responses whose e-mail address is a registration's of the edition */
    record EvaluationSummary(int edition, long responses, long registered, List<QuestionSummaryData> questions) {
        public EvaluationSummary {
            questions = List.copyOf(questions);
        }

        /**
         * The summary as the command line's {@code --json} and the API print it, keys in this order:
         * {@code {"edition": 7, "responses": N, "questions": [{"text", "type", "counts", "mean", "median",
         * "percentages", "answered"}, …]}}; {@code mean} and {@code median} only for Likert questions, counts only —
         * which registrations answered is never part of it.
         */
        public Map<String, Object> document() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("edition", edition);
            d.put("responses", responses);
            List<Map<String, Object>> qs = new ArrayList<>();
            for (QuestionSummaryData q : questions) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", q.text());
                m.put("type", q.type());
                m.put("counts", q.counts());
                if (q.type().equals("likert")) {
                    m.put("mean", q.mean());
                    m.put("median", q.median());
                }
                m.put("percentages", q.percentages());
                m.put("answered", q.answered());
                qs.add(m);
            }
            d.put("questions", qs);
            return d;
        }
    }

    /**
     * @param counts      option → responses, in the options' order
     * @param percentages option → percent of {@code answered}, one decimal
     * @param mean        for a Likert question with answers, else {@code null}
     * @param median      the label in the middle, for a Likert question with answers, else {@code null}
     */
    record QuestionSummaryData(int number, String text, String type, long answered, Map<String, Long> counts,
                               Map<String, Double> percentages, Double mean, String median) {
    }
}
