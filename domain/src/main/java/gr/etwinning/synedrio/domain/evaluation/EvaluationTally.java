package gr.etwinning.synedrio.domain.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts an edition's responses as they stream past, question by question and option by option, so that a summary
 * of 100,000 responses needs neither the responses in memory nor more than one pass over them.
 */
public final class EvaluationTally {

    private final List<Question> questions;
    private final long[][] counts;
    private final long[] answered;
    private long responses;
    private long registered;

    public EvaluationTally(List<Question> questions) {
        this.questions = List.copyOf(questions);
        this.counts = new long[questions.size()][];
        this.answered = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            counts[i] = new long[questions.get(i).options().size()];
        }
    }

    /** Counts one response's answers (encoded as {@link EvaluationResponse} describes). */
    public void add(int[] answers, boolean linkedToRegistration) {
        responses++;
        if (linkedToRegistration) {
            registered++;
        }
        for (int i = 0; i < questions.size() && i < answers.length; i++) {
            int a = answers[i];
            if (a == 0) {
                continue;
            }
            answered[i]++;
            Question q = questions.get(i);
            long[] c = counts[i];
            switch (q.type()) {
                case LIKERT, CHOICE -> {
                    if (a <= c.length) {
                        c[a - 1]++;
                    }
                }
                case CHECKBOX -> {
                    for (int bit = 0; bit < c.length; bit++) {
                        if ((a & (1 << bit)) != 0) {
                            c[bit]++;
                        }
                    }
                }
                case TEXT -> {
                    // answered, nothing to count per option
                }
            }
        }
    }

    public long responses() {
        return responses;
    }

    /** Responses whose e-mail address is that of a registration of the edition. */
    public long registered() {
        return registered;
    }

    public List<QuestionSummary> summaries() {
        List<QuestionSummary> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            out.add(new QuestionSummary(questions.get(i), answered[i], counts[i].clone()));
        }
        return out;
    }
}
