package gr.etwinning.synedrio.domain.evaluation;

import gr.etwinning.synedrio.domain.Check;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered answer scale, lowest first, as survey tools offer them in Greek and in English ("Καθόλου … Πάρα
 * πολύ", "Strongly disagree … Strongly agree") or as numbers (Google Forms' linear scale: 1–5, 1–10, 0–10).
 * Labels are compared through {@link GreekText#key}, so "ΠΑΡΑ ΠΟΛΥ" is "Πάρα πολύ".
 *
 * @param name   what the scale is called in messages and storage ({@code greek-amount}, {@code 1-5})
 * @param labels the labels, lowest first
 */
public record LikertScale(String name, List<String> labels) {

    /** The worded scales Synedrio recognises, tried in this order; the first holding every answer wins. */
    public static final List<LikertScale> WORDED = List.of(
            new LikertScale("greek-amount", List.of("Καθόλου", "Λίγο", "Μέτρια", "Πολύ", "Πάρα πολύ")),
            new LikertScale("greek-amount-2", List.of("Καθόλου", "Λίγο", "Αρκετά", "Πολύ", "Πάρα πολύ")),
            new LikertScale("greek-amount-3", List.of("Καθόλου", "Λίγο", "Μέτρια", "Αρκετά", "Πολύ",
                    "Πάρα πολύ")),
            new LikertScale("greek-agreement", List.of("Διαφωνώ απόλυτα", "Διαφωνώ",
                    "Ούτε συμφωνώ ούτε διαφωνώ", "Συμφωνώ", "Συμφωνώ απόλυτα")),
            new LikertScale("greek-agreement-2", List.of("Διαφωνώ πλήρως", "Διαφωνώ", "Ουδέτερο", "Συμφωνώ",
                    "Συμφωνώ πλήρως")),
            new LikertScale("greek-agreement-3", List.of("Διαφωνώ έντονα", "Διαφωνώ", "Ούτε συμφωνώ ούτε διαφωνώ",
                    "Συμφωνώ", "Συμφωνώ έντονα")),
            new LikertScale("greek-quality", List.of("Πολύ κακή", "Κακή", "Μέτρια", "Καλή", "Πολύ καλή")),
            new LikertScale("greek-quality-2", List.of("Κακή", "Μέτρια", "Καλή", "Πολύ καλή", "Εξαιρετική")),
            new LikertScale("greek-quality-3", List.of("Ανεπαρκής", "Μέτρια", "Καλή", "Πολύ καλή", "Άριστη")),
            new LikertScale("greek-satisfaction", List.of("Πολύ δυσαρεστημένος/η", "Δυσαρεστημένος/η",
                    "Ουδέτερος/η", "Ικανοποιημένος/η", "Πολύ ικανοποιημένος/η")),
            new LikertScale("english-amount", List.of("Not at all", "Slightly", "Moderately", "Very",
                    "Extremely")),
            new LikertScale("english-amount-2", List.of("Not at all", "A little", "Somewhat", "Quite a bit",
                    "Very much")),
            new LikertScale("english-agreement", List.of("Strongly disagree", "Disagree",
                    "Neither agree nor disagree", "Agree", "Strongly agree")),
            new LikertScale("english-agreement-2", List.of("Strongly disagree", "Disagree", "Neutral", "Agree",
                    "Strongly agree")),
            new LikertScale("english-quality", List.of("Very poor", "Poor", "Fair", "Good", "Excellent")),
            new LikertScale("english-quality-2", List.of("Poor", "Fair", "Good", "Very good", "Excellent")),
            new LikertScale("english-satisfaction", List.of("Very dissatisfied", "Dissatisfied", "Neutral",
                    "Satisfied", "Very satisfied")));

    public LikertScale {
        name = Check.text(name, "scale", 40);
        labels = List.copyOf(Check.list(labels, "scale " + name));
        Set<String> keys = new HashSet<>();
        for (String l : labels) {
            if (!keys.add(GreekText.key(l))) {
                throw new gr.etwinning.synedrio.domain.InvalidValueException("scale " + name, "scale " + name
                        + " names '" + l + "' twice");
            }
        }
    }

    /** A numeric scale from {@code low} to {@code high} ("1-5"). */
    public static LikertScale numeric(int low, int high) {
        List<String> labels = new ArrayList<>();
        for (int i = low; i <= high; i++) {
            labels.add(Integer.toString(i));
        }
        return new LikertScale(low + "-" + high, labels);
    }

    /** A scale by its name, as {@link #name()} gives it. */
    public static Optional<LikertScale> named(String name) {
        if (name != null && name.matches("(0|1)-([1-9]|10)")) {
            String[] p = name.split("-");
            return Optional.of(numeric(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
        }
        return WORDED.stream().filter(s -> s.name.equals(name)).findFirst();
    }

    /**
     * The scale the answers are points of, when there is one: numbers from 0 or 1 to at most 10 give the numeric
     * scale 1–5 (or 1–7, 1–10; from 0: 0–10); words give the first worded scale that holds them all.
     *
     * @param answers the distinct answers given, blanks left out
     */
    public static Optional<LikertScale> recognise(Collection<String> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        boolean numbers = true;
        for (String a : answers) {
            String t = a.strip();
            if (!t.matches("[0-9]{1,2}")) {
                numbers = false;
                break;
            }
            low = Math.min(low, Integer.parseInt(t));
            high = Math.max(high, Integer.parseInt(t));
        }
        if (numbers) {
            if (high > 10) {
                return Optional.empty();
            }
            if (low == 0) {
                return Optional.of(numeric(0, 10));
            }
            return Optional.of(numeric(1, high <= 5 ? 5 : high <= 7 ? 7 : 10));
        }
        Set<String> keys = new HashSet<>();
        answers.forEach(a -> keys.add(GreekText.key(a)));
        return WORDED.stream().filter(s -> s.keys().containsAll(keys)).findFirst();
    }

    /** The position (0 = lowest) of an answer on the scale, or -1 when it is not one of its labels. */
    public int position(String answer) {
        String k = GreekText.key(answer);
        for (int i = 0; i < labels.size(); i++) {
            if (GreekText.key(labels.get(i)).equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /** The value a label stands for in a mean: the number itself on a numeric scale, else 1 for the lowest. */
    public double value(int position) {
        return labels.get(0).matches("[0-9]+") ? Integer.parseInt(labels.get(position)) : position + 1;
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        labels.forEach(l -> keys.add(GreekText.key(l)));
        return keys;
    }
}
