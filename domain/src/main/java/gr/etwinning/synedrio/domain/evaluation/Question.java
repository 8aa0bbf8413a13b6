package gr.etwinning.synedrio.domain.evaluation;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.List;

/**
 * A question of an edition's evaluation survey: its number (the order it was first imported in), its text as the
 * form wrote it, its type, and the options its answers are counted by — a Likert question's scale labels lowest
 * first, a choice or checkbox question's options in the order they were first met; none for free text.
 *
 * @param scale the name of the Likert scale ({@link LikertScale#name()}), for a Likert question only
 */
public record Question(int number, String text, QuestionType type, String scale, List<String> options) {

    public static final int MAX_TEXT = 1000;
    /** A checkbox answer is kept as one bit per option, so a question counts at most this many options. */
    public static final int MAX_OPTIONS = 30;
    /** Longer than this, an answer is no option but a text: import the question as free text. */
    public static final int MAX_OPTION = 500;
    /** An edition's survey asks at most this many questions. */
    public static final int MAX_QUESTIONS = 300;

    public Question {
        if (number < 1 || number > MAX_QUESTIONS) {
            throw new InvalidValueException("question", "a survey asks questions 1 to " + MAX_QUESTIONS
                    + ", not " + number);
        }
        text = Check.text(text, "question " + number, MAX_TEXT);
        Check.notNull(type, "type of question " + number);
        options = Check.list(options, "option of question " + number);
        if (type == QuestionType.LIKERT && (scale == null || options.size() < 2)) {
            throw new InvalidValueException("question " + number, "Likert question '" + text + "' needs a scale");
        }
        if (type != QuestionType.LIKERT) {
            scale = null;
        }
        if (type == QuestionType.TEXT && !options.isEmpty()) {
            throw new InvalidValueException("question " + number, "free-text question '" + text
                    + "' has no options");
        }
        for (String o : options) {
            if (o.length() > MAX_OPTION) {
                throw new InvalidValueException("question " + number, "question '" + text + "' has an answer of "
                        + o.length() + " characters, too long to count as an option — import it as free text"
                        + " (--question \"" + text + "=text\")");
            }
        }
        if (options.size() > MAX_OPTIONS) {
            throw new InvalidValueException("question " + number, "question '" + text + "' has "
                    + options.size() + " different answers; at most " + MAX_OPTIONS + " can be counted — import"
                    + " it as free text (--question \"" + text + "=text\")");
        }
    }

    /** A Likert question on that scale, its labels spelled as the scale does. */
    public static Question likert(int number, String text, LikertScale scale) {
        return new Question(number, text, QuestionType.LIKERT, scale.name(), scale.labels());
    }

    /** The key its text is matched by when a second file asks the same question. */
    public String key() {
        return GreekText.key(text);
    }

    /** The position of an answer among the options (0 = first), or -1; case and accents do not matter. */
    public int option(String answer) {
        String k = GreekText.key(answer);
        for (int i = 0; i < options.size(); i++) {
            if (GreekText.key(options.get(i)).equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /** This question with the answers it did not know yet added as options, in the order given. */
    public Question withOptions(List<String> answers) {
        if (type == QuestionType.LIKERT || type == QuestionType.TEXT) {
            return this;
        }
        List<String> all = new ArrayList<>(options);
        for (String a : answers) {
            String t = a.strip();
            if (!t.isEmpty() && all.stream().noneMatch(o -> GreekText.key(o).equals(GreekText.key(t)))) {
                all.add(t);
            }
        }
        return all.size() == options.size() ? this : new Question(number, text, type, scale, all);
    }

    /** Checkbox answers as the form joins them ("Α;Β"), each part stripped, blanks left out. */
    public static List<String> parts(String checkboxAnswer) {
        List<String> parts = new ArrayList<>();
        for (String p : checkboxAnswer.split(";")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }
}
