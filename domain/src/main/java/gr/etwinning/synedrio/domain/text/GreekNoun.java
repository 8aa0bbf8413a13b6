package gr.etwinning.synedrio.domain.text;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Locale;

/**
 * A Greek noun as a count needs it: its singular and plural (nominative) and the gender its numeral agrees with.
 * The one place where counted nouns are worded, for the command line, the public page and the report alike:
 * {@code TALK.count(1)} is "1 ομιλία", {@code TALK.count(31)} "31 ομιλίες", {@code WORKSHOP.inWords(16)}
 * "δεκαέξι (16) εργαστήρια".
 */
public record GreekNoun(String singular, String plural, Gender gender) {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    public static final GreekNoun SESSION = new GreekNoun("συνεδρία", "συνεδρίες", Gender.FEMININE);
    public static final GreekNoun CONTRIBUTION = new GreekNoun("παρουσίαση", "παρουσιάσεις", Gender.FEMININE);
    public static final GreekNoun TALK = new GreekNoun("ομιλία", "ομιλίες", Gender.FEMININE);
    public static final GreekNoun WORKSHOP = new GreekNoun("εργαστήριο", "εργαστήρια", Gender.NEUTER);
    public static final GreekNoun HANDS_ON_WORKSHOP = new GreekNoun("βιωματικό εργαστήριο", "βιωματικά εργαστήρια",
            Gender.NEUTER);
    public static final GreekNoun ROUND_TABLE = new GreekNoun("στρογγυλή τράπεζα", "στρογγυλές τράπεζες",
            Gender.FEMININE);
    public static final GreekNoun SCHOOL = new GreekNoun("σχολείο", "σχολεία", Gender.NEUTER);
    public static final GreekNoun PROJECT = new GreekNoun("έργο", "έργα", Gender.NEUTER);
    public static final GreekNoun EDITION = new GreekNoun("συνέδριο", "συνέδρια", Gender.NEUTER);
    public static final GreekNoun MINUTE = new GreekNoun("λεπτό", "λεπτά", Gender.NEUTER);
    public static final GreekNoun HOUR = new GreekNoun("ώρα", "ώρες", Gender.FEMININE);
    public static final GreekNoun PARTICIPANT = new GreekNoun("συμμετέχων", "συμμετέχοντες", Gender.MASCULINE);

    public GreekNoun {
        if (singular == null || singular.isBlank() || plural == null || plural.isBlank() || gender == null) {
            throw new InvalidValueException("noun", "a counted noun needs its singular, plural and gender");
        }
    }

    /** The form a count of {@code n} takes: the singular for exactly one, the plural otherwise (0 ομιλίες). */
    public String form(long n) {
        return n == 1 ? singular : plural;
    }

    /** The count in digits with its noun: "1 ομιλία", "31 ομιλίες", "16 εργαστήρια". */
    public String count(long n) {
        return n + " " + form(n);
    }

    /** The count as the press release writes it, words then digits: "τριάντα μία (31) ομιλίες". */
    public String inWords(long n) {
        return GreekNumerals.counted(n, gender) + " " + form(n);
    }

    /** A length of time and the sessions it was spent in: "2 ώρες και 5 λεπτά σε 3 συνεδρίες", "1 λεπτό σε 1 συνεδρία". */
    public static String attended(long minutes, long sessions) {
        long h = minutes / 60;
        long m = minutes % 60;
        String time = h == 0 ? MINUTE.count(m) : HOUR.count(h) + (m == 0 ? "" : " και " + MINUTE.count(m));
        return time + " σε " + SESSION.count(sessions);
    }

    /** The singular with a capital first letter, as a label: "Ομιλία". */
    public String label() {
        return singular.substring(0, 1).toUpperCase(GREEK) + singular.substring(1);
    }
}
