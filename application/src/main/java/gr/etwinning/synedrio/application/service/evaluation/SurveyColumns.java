package gr.etwinning.synedrio.application.service.evaluation;

import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A survey export as read, compactly: each column's different answers once (with how often and on which line each
 * was first met), and each response as the numbers of its answers, so that 100,000 responses × 20 questions fit in a
 * few megabytes. Blank answers are number 0.
 */
final class SurveyColumns implements SurveyExportPort.Sink {

    /** One column's different answers, in the order first met; number i + 1 is {@code values.get(i)}. */
    static final class Column {
        final String question;
        final int fileColumn;
        final Map<String, Integer> numbers = new HashMap<>();
        final List<String> values = new ArrayList<>();
        final List<Integer> counts = new ArrayList<>();
        final List<Integer> firstLines = new ArrayList<>();

        Column(String question, int fileColumn) {
            this.question = question;
            this.fileColumn = fileColumn;
        }

        int number(String answer, int line) {
            if (answer == null || answer.isBlank()) {
                return 0;
            }
            Integer n = numbers.get(answer);
            if (n == null) {
                values.add(answer);
                counts.add(1);
                firstLines.add(line);
                n = values.size();
                numbers.put(answer, n);
            } else {
                counts.set(n - 1, counts.get(n - 1) + 1);
            }
            return n;
        }

        /** The different answers (stripped) with how many responses gave each. */
        Map<String, Integer> pattern() {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                m.merge(values.get(i).strip(), counts.get(i), Integer::sum);
            }
            return m;
        }
    }

    /** One response: where it is, when it was submitted, the key of its e-mail address (or null), its answers. */
    record Row(int line, String submitted, String emailKey, int[] answers) {
    }

    final List<Column> columns = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();

    @Override
    public void questions(List<String> questions, List<Integer> fileColumns) {
        for (int i = 0; i < questions.size(); i++) {
            columns.add(new Column(questions.get(i), fileColumns.get(i)));
        }
    }

    @Override
    public void response(SurveyExportPort.SurveyRow row) {
        int[] answers = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            answers[c] = columns.get(c).number(c < row.answers().size() ? row.answers().get(c) : "", row.line());
        }
        rows.add(new Row(row.line(), row.submitted().strip(), emailKey(row.email()), answers));
    }

    /**
     * The address for comparison with the registrations' (as attendance compares it: no spaces, composed, lower
     * case), or null when there is none ("anonymous" in MS Forms).
     */
    static String emailKey(String email) {
        String key = gr.etwinning.synedrio.domain.attendance.RegisteredPeople.emailKey(email);
        return key.isEmpty() ? null : key;
    }
}
