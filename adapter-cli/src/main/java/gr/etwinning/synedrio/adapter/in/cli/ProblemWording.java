package gr.etwinning.synedrio.adapter.in.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme problem as a person reads it on the command line: in English the model's own sentence (the API's
 * {@code message}, unchanged); in Greek one sentence per rule, here and only here, keyed by the rule's id, with the
 * problem's items and values filled in. A rule without a Greek sentence (a value the model refused while reading a
 * draft, whose reason only the English message holds) is named in Greek on its own line, its English reason on the
 * next: never one line in both languages.
 */
final class ProblemWording {

    /** A problem as the model states it: rule id, items ("session 'd2-primary'") and named values. */
    record Problem(String rule, List<String> items, Map<String, String> values, String message) {
    }

    private static final Map<String, Function<Problem, String>> GREEK = Map.ofEntries(
            Map.entry("contribution-within-session", p -> the(p, 0) + " (" + v(p, "time")
                    + ") δεν βρίσκεται μέσα στην ώρα της συνεδρίας " + id(p, 1) + " (" + v(p, "session-time") + ")"),
            Map.entry("unique-ids", p -> the(p, 0) + " υπάρχει δύο φορές στο πρόγραμμα"),
            Map.entry("session-within-conference-days", p -> the(p, 0) + " είναι στις " + v(p, "day")
                    + ", έξω από τις ημέρες του συνεδρίου " + v(p, "from") + " έως " + v(p, "to")),
            Map.entry("session-within-conference-day", p -> the(p, 0) + " (" + v(p, "time")
                    + ") δεν βρίσκεται μέσα στις ώρες της ημέρας " + v(p, "day") + (p.values().containsKey("hours")
                    ? " (" + v(p, "hours").replace(" to ", " έως ") + ")"
                    : ", που τελειώνει τα μεσάνυχτα: δώστε ώρες στην ημέρα (π.χ. 11:00 έως 04:00) για μια"
                            + " συνεδρία μετά τα μεσάνυχτα")),
            Map.entry("person-known", p -> the(p, 0) + " αναφέρει το πρόσωπο " + id(p, 1)
                    + ", που δεν είναι γνωστό: προσθέστε πρώτα το πρόσωπο"),
            Map.entry("chair-is-nss-member-or-ambassador", p -> the(p, 0) + " ορίζει " + v(p, "name") + " ("
                    + id(p, 1) + ") " + (v(p, "role").equals("moderator") ? "συντονιστή" : "πρόεδρο")
                    + ", αλλά μόνο μέλη της Εθνικής Υπηρεσίας Υποστήριξης και πρεσβευτές "
                    + (v(p, "role").equals("moderator") ? "συντονίζουν" : "προεδρεύουν σε") + " συνεδρία"),
            Map.entry("one-place-at-a-time", p -> the(p, 0) + " θα ήταν σε δύο μέρη ταυτόχρονα στις "
                    + v(p, "day") + ": " + action(v(p, "action"), p, 1) + " (" + v(p, "time") + ") και "
                    + action(v(p, "other-action"), p, 2) + " (" + v(p, "other-time") + ")"),
            Map.entry("room-once-at-a-time", p -> the(p, 2) + " είναι κλεισμένη δύο φορές στις " + v(p, "day")
                    + ": συνεδρία " + id(p, 0) + " (" + v(p, "time") + ") και συνεδρία " + id(p, 1) + " ("
                    + v(p, "other-time") + ")"),
            Map.entry("session-has-chair", p -> the(p, 0) + " δεν έχει πρόεδρο ούτε συντονιστή"),
            Map.entry("time-known", p -> p.values().containsKey("day")
                    ? the(p, 0) + " στις " + v(p, "day") + " δεν έχει γνωστή έναρξη και λήξη"
                    : the(p, 0) + ": " + counted(p) + " γνωστή ώρα (" + v(p, "range") + ")"),
            Map.entry("contribution-has-title", p -> the(p, 0) + ": " + counted(p) + " τίτλο (" + v(p, "range")
                    + ")"));

    private static final Pattern ITEM = Pattern.compile("^(session|contribution|person|room) ('.*')$");

    private ProblemWording() {
    }

    /** The problem in the language asked; {@code \n} separates the lines of a Greek problem with an English reason. */
    static String say(Lang lang, Problem p) {
        if (lang == Lang.en) {
            return p.message();
        }
        if (hasGreek(p)) {
            return GREEK.get(p.rule()).apply(p);
        }
        return "μη αποδεκτά στοιχεία" + (p.items().isEmpty() ? "" : " σε " + String.join(", ",
                p.items().stream().map(ProblemWording::itemWithoutArticle).toList())) + "· η αιτία, στα αγγλικά:\n"
                + p.message();
    }

    /** Whether the problem has a Greek sentence of its own (else its reason is only in the English message). */
    static boolean hasGreek(Problem p) {
        return GREEK.containsKey(p.rule()) && p.items().stream().allMatch(i -> ITEM.matcher(i).matches());
    }

    /** "σφάλμα" / "error", "προειδοποίηση" / "warning". */
    static String severity(Lang lang, boolean error) {
        return error ? lang.word("σφάλμα", "error") : lang.word("προειδοποίηση", "warning");
    }

    private static String v(Problem p, String name) {
        return p.values().getOrDefault(name, ";");
    }

    /** The item with its Greek noun and article: "η συνεδρία 'd2-primary'". */
    private static String the(Problem p, int i) {
        Matcher m = ITEM.matcher(p.items().get(i));
        m.matches();
        String article = m.group(1).equals("person") ? "το " : "η ";
        return article + noun(m.group(1)) + " " + m.group(2);
    }

    /** Only the quoted id of the item: "'d2-primary'". */
    private static String id(Problem p, int i) {
        Matcher m = ITEM.matcher(p.items().get(i));
        m.matches();
        return m.group(2);
    }

    private static String noun(String english) {
        return switch (english) {
            case "session" -> "συνεδρία";
            case "contribution" -> "παρουσίαση";
            case "person" -> "πρόσωπο";
            default -> "αίθουσα";
        };
    }

    /** An item that is not one of the four known ones ("session 'x' contribution #2", "edition"), word by word. */
    private static String itemWithoutArticle(String item) {
        String greek = item.replaceAll("\\bsession\\b", "συνεδρία").replaceAll("\\bcontribution\\b", "παρουσίαση")
                .replaceAll("\\bperson\\b", "πρόσωπο").replaceAll("\\bspeaker\\b", "ομιλητής")
                .replaceAll("\\bchair\\b", "πρόεδρος").replaceAll("\\broom\\b", "αίθουσα")
                .replaceAll("\\bedition\\b", "συνέδριο").replaceAll("\\bprogramme\\b", "πρόγραμμα");
        return greek;
    }

    private static String action(String action, Problem p, int item) {
        return switch (action) {
            case "chairs" -> "προεδρεύει στη συνεδρία " + id(p, item);
            case "moderates" -> "συντονίζει τη συνεδρία " + id(p, item);
            default -> "μιλά στην παρουσίαση " + id(p, item);
        };
    }

    /** "η παρουσίασή της δεν έχει", "1 από 5 παρουσιάσεις δεν έχει", "και οι 31 παρουσιάσεις δεν έχουν". */
    private static String counted(Problem p) {
        int n = Integer.parseInt(v(p, "count"));
        int of = Integer.parseInt(v(p, "of"));
        if (n == of) {
            return of == 1 ? "η παρουσίασή της δεν έχει" : "και οι " + of + " παρουσιάσεις δεν έχουν";
        }
        return n + " από τις " + of + " παρουσιάσεις δεν " + (n == 1 ? "έχει" : "έχουν");
    }
}
