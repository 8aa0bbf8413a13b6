package gr.etwinning.synedrio.adapter.out.files.evaluation;

import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The header row of a survey export, read by meaning: which column holds the submission time, which the e-mail
 * address, which are the tool's own columns or personal data (left out), and which are questions. Headers are
 * compared through {@link GreekText#key}, so case, accents and punctuation do not matter; Google Forms writes the
 * timestamp header in the form owner's language.
 *
 * @param timeColumn  0-based column of the submission time (Google's timestamp, Microsoft's completion time)
 * @param emailColumn 0-based column of the e-mail address, or -1
 * @param questions   0-based columns of the questions, in file order
 */
record SurveyHeader(SurveyFormat format, int timeColumn, int emailColumn, List<Integer> questions,
                    List<String> texts) {

    /** Google Forms' first column, in the languages its forms are seen in. */
    private static final Set<String> TIMESTAMP = Set.of("timestamp", "χρονικη σημανση", "marca temporal",
            "horodateur", "zeitstempel", "informazioni cronologiche", "carimbo de data hora", "sygnatura czasowa",
            "tijdstempel");
    private static final Set<String> EMAIL = Set.of("email address", "email", "e mail", "e mail address",
            "διευθυνση ηλεκτρονικου ταχυδρομειου", "διευθυνση email", "ηλεκτρονικο ταχυδρομειο", "email διευθυνση");
    /** Personal data and the tools' bookkeeping: never questions, never stored. */
    private static final Set<String> LEFT_OUT = Set.of("name", "full name", "ονομα", "ονοματεπωνυμο", "score",
            "βαθμολογια", "total points", "συνολο βαθμων", "quiz feedback", "σχολια κουιζ", "last modified time",
            "ωρα τελευταιας τροποποιησης", "id", "αναγνωριστικο", "start time", "ωρα εναρξης");
    /** Microsoft Forms' first columns: ID, Start time, Completion time (English and Greek). */
    private static final Set<String> MS_ID = Set.of("id", "αναγνωριστικο");
    private static final Set<String> MS_START = Set.of("start time", "ωρα εναρξης");
    private static final Set<String> MS_COMPLETION = Set.of("completion time", "ωρα ολοκληρωσης");
    /** Microsoft quiz columns per question: "Points - Q", "Feedback - Q". */
    private static final List<String> MS_PER_QUESTION = List.of("points ", "feedback ", "βαθμοι ", "σχολια ");

    /**
     * Reads the header; {@code wanted} is the format asked for ({@code AUTO}: whichever the header is),
     * {@code csv} whether the file is CSV (Google, or Microsoft re-saved as CSV) or Excel.
     */
    static SurveyHeader of(List<String> cells, SurveyFormat wanted, boolean csv) {
        List<String> keys = cells.stream().map(GreekText::key).toList();
        String first = keys.isEmpty() ? "" : keys.get(0);
        boolean google = TIMESTAMP.contains(first);
        boolean microsoft = keys.size() >= 3 && MS_ID.contains(first) && MS_START.contains(keys.get(1))
                && MS_COMPLETION.contains(keys.get(2));
        SurveyFormat found = google ? SurveyFormat.GOOGLE_CSV : microsoft ? (csv ? SurveyFormat.MS_FORMS_CSV
                : SurveyFormat.MS_FORMS_XLSX) : null;
        if (found == null || google && !csv) {
            throw new InvalidValueException("line 1", "line 1: this is not a survey export Synedrio reads: a Google"
                    + " Forms CSV starts with the column Timestamp (Χρονική σήμανση), a Microsoft Forms export with ID,"
                    + " Start time, Completion time; this file starts with '" + (cells.isEmpty() ? "" : cells.get(0))
                    + "'");
        }
        if (wanted != SurveyFormat.AUTO && wanted != found) {
            throw new InvalidValueException("format", "line 1: the file is a " + found.code() + " export, not "
                    + wanted.code());
        }
        int time = google ? 0 : 2;
        int email = -1;
        List<Integer> questions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String k = keys.get(i);
            if (i == 0 || i == time) {
                continue;
            }
            if (EMAIL.contains(k) && email < 0) {
                email = i;
                continue;
            }
            if (EMAIL.contains(k) || LEFT_OUT.contains(k) || k.isEmpty() && cells.get(i).isBlank()
                    || microsoft && MS_PER_QUESTION.stream().anyMatch(k::startsWith) && isPerQuestion(cells, i)) {
                continue;
            }
            questions.add(i);
            texts.add(cells.get(i).strip());
        }
        if (questions.isEmpty()) {
            throw new InvalidValueException("line 1", "line 1: the export has no question columns");
        }
        return new SurveyHeader(found, time, email, List.copyOf(questions), List.copyOf(texts));
    }

    /** "Points - Q" or "Feedback - Q" right after the question "Q" it belongs to. */
    private static boolean isPerQuestion(List<String> cells, int i) {
        String cell = cells.get(i);
        int dash = cell.indexOf(" - ");
        if (dash < 0) {
            return false;
        }
        String question = cell.substring(dash + 3);
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (cells.get(j).strip().equals(question.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based columns of the questions, for messages. */
    List<Integer> fileColumns() {
        return questions.stream().map(q -> q + 1).toList();
    }
}
