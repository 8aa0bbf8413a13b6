package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.domain.programme.ContributionKind;
import gr.etwinning.synedrio.domain.programme.SessionKind;
import gr.etwinning.synedrio.domain.school.EducationLevel;
import gr.etwinning.synedrio.domain.text.GreekNoun;

import java.util.Locale;

/**
 * The language of what a person reads on the command line: Greek by default, English when asked ({@code --lang
 * en}). Every word a listing adds around the data comes from here, so that no line mixes the two; the data itself
 * (titles, names, rooms) is printed as stored. Counted Greek nouns come from {@link GreekNoun}.
 */
enum Lang {
    el, en;

    String word(String greek, String english) {
        return this == el ? greek : english;
    }

    /** "1 ομιλία" / "31 ομιλίες"; "1 talk" / "31 talks". */
    String count(long n, GreekNoun greek, String englishSingular, String englishPlural) {
        return this == el ? greek.count(n) : n + " " + (n == 1 ? englishSingular : englishPlural);
    }

    String sessions(long n) {
        return count(n, GreekNoun.SESSION, "session", "sessions");
    }

    String contributions(long n) {
        return count(n, GreekNoun.CONTRIBUTION, "contribution", "contributions");
    }

    /** A contribution kind as a label: "Ομιλία" / "talk". */
    String kind(ContributionKind k) {
        return this == el ? k.label() : english(k.name());
    }

    /** A count of contributions of one kind: "31 ομιλίες" / "31 talks". */
    String count(long n, ContributionKind k) {
        String one = english(k.name());
        return count(n, k.noun(), one, one.endsWith("s") ? one + "es" : one + "s");
    }

    String kind(SessionKind k) {
        return this == el ? k.label() : english(k.name());
    }

    String level(EducationLevel level) {
        return this == el ? level.label() : english(level.name()) + " education";
    }

    /** How an edition is held: "διαδικτυακά" / "online". */
    String mode(String mode) {
        return switch (mode) {
            case "online" -> word("διαδικτυακά", "online");
            case "hybrid" -> word("υβριδικά", "hybrid");
            default -> word("δια ζώσης", "on site");
        };
    }

    static String english(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The enum constant a stored id names: "round-table" → ROUND_TABLE. */
    static String constant(String id) {
        return id.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
