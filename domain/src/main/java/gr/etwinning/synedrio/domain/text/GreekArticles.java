package gr.etwinning.synedrio.domain.text;

import java.util.Map;
import java.util.Optional;

/**
 * The definite article a Greek noun phrase takes for its gender and case, and the genitive of a body's name as a
 * sentence needs it after a role: "Γενικός Γραμματέας … του ΥΠΑΙΘ", "Καθηγήτρια του Πανεπιστημίου Δυτικής
 * Αττικής". Names are stored in the nominative, as written; only what can be inflected with confidence is: an
 * acronym whose gender is known (it does not inflect), or a name led by neuter words in -ο/-ό/-ιο ("Εθνικό
 * Καποδιστριακό Πανεπιστήμιο Αθηνών" → "του Εθνικού Καποδιστριακού Πανεπιστημίου Αθηνών"). Anything else has no
 * genitive here, and a sentence keeps the name as it is.
 */
public final class GreekArticles {

    /** The gender of the bodies' acronyms the conference's people are affiliated with, by the noun they stand for. */
    private static final Map<String, Gender> ACRONYMS = Map.ofEntries(
            Map.entry("ΥΠΑΙΘ", Gender.NEUTER), Map.entry("ΥΠΑΙΘΑ", Gender.NEUTER), Map.entry("ΥΠΠΕΘ", Gender.NEUTER),
            Map.entry("ΙΕΠ", Gender.NEUTER), Map.entry("ΙΚΥ", Gender.NEUTER), Map.entry("ΙΤΥΕ", Gender.NEUTER),
            Map.entry("ΕΑΠ", Gender.NEUTER), Map.entry("ΕΚΠΑ", Gender.NEUTER), Map.entry("ΑΠΘ", Gender.NEUTER),
            Map.entry("ΕΜΠ", Gender.NEUTER), Map.entry("ΠΣΔ", Gender.NEUTER), Map.entry("ΙΕΚ", Gender.NEUTER),
            Map.entry("ΕΥΥ", Gender.FEMININE), Map.entry("ΕΕ", Gender.FEMININE), Map.entry("ΔΠΕ", Gender.FEMININE),
            Map.entry("ΔΔΕ", Gender.FEMININE), Map.entry("ΠΔΕ", Gender.FEMININE), Map.entry("ΚΕΣΥ", Gender.NEUTER),
            Map.entry("ΠΕΚΕΣ", Gender.NEUTER), Map.entry("ΕΚΠ", Gender.NEUTER));

    private GreekArticles() {
    }

    /** ο/η/το, του/της/του, τον/την/το. */
    public static String definite(Gender gender, GreekCase grammaticalCase) {
        return switch (grammaticalCase) {
            case NOMINATIVE -> switch (gender) {
                case MASCULINE -> "ο";
                case FEMININE -> "η";
                case NEUTER -> "το";
            };
            case GENITIVE -> gender == Gender.FEMININE ? "της" : "του";
            case ACCUSATIVE -> switch (gender) {
                case MASCULINE -> "τον";
                case FEMININE -> "την";
                case NEUTER -> "το";
            };
        };
    }

    /**
     * A body's name in the genitive with its article — "ΥΠΑΙΘ" → "του ΥΠΑΙΘ", "Παν/μιο Πελοποννήσου" → "του
     * Παν/μίου Πελοποννήσου" — or empty when it cannot be inflected with confidence.
     */
    public static Optional<String> genitive(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String[] words = name.strip().split(" ", -1);
        String head = words[0].replace(".", "");
        if (isAcronym(head)) {
            Gender g = ACRONYMS.get(head);
            return g == null ? Optional.empty() : Optional.of(definite(g, GreekCase.GENITIVE) + " " + name.strip());
        }
        StringBuilder out = new StringBuilder(definite(Gender.NEUTER, GreekCase.GENITIVE));
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String plain = unaccented(w);
            if (plain.endsWith("ιο") && w.length() > 2) {
                out.append(' ').append(plain, 0, plain.length() - 1).replace(out.length() - 1, out.length(), "ί")
                        .append("ου");
            } else if (w.endsWith("ό") && w.length() > 2) {
                out.append(' ').append(plain, 0, plain.length() - 1).append("ού");
                continue;
            } else if (w.endsWith("ο") && w.length() > 2 && !plain.equals(w)) {
                out.append(' ').append(w).append('υ');
            } else {
                return Optional.empty();
            }
            for (int j = i + 1; j < words.length; j++) {
                out.append(' ').append(words[j]);
            }
            return Optional.of(out.toString());
        }
        return Optional.empty();
    }

    private static boolean isAcronym(String word) {
        if (word.codePointCount(0, word.length()) < 2) {
            return false;
        }
        return word.chars().allMatch(c -> c >= 'Α' && c <= 'Ω');
    }

    private static final String ACCENTED = "άέήίόύώΐΰΆΈΉΊΌΎΏ";
    private static final String PLAIN = "αεηιουωϊϋΑΕΗΙΟΥΩ";

    /** The word without its Greek accents, capitals kept (the domain uses no java.text). */
    private static String unaccented(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char ch : word.toCharArray()) {
            int i = ACCENTED.indexOf(ch);
            out.append(i < 0 ? ch : PLAIN.charAt(i));
        }
        return out.toString();
    }

    /**
     * The gender a person is spoken of in, from the honorific the source gives ("κ." ο, "κα" η, "Καθηγητής"), else
     * from the first name's ending (Ευγενία, Νίκος); empty when neither tells.
     */
    public static Optional<Gender> genderOf(String honorific, String name) {
        if (honorific != null) {
            String h = unaccented(honorific.strip().toLowerCase(java.util.Locale.ROOT)).replace(".", "");
            if (h.equals("κ") || h.equals("κος") || h.equals("κυριος") || h.endsWith("ητης") || h.endsWith("τορας")) {
                return Optional.of(Gender.MASCULINE);
            }
            if (h.equals("κα") || h.equals("κυρια") || h.endsWith("ητρια") || h.endsWith("τρια")) {
                return Optional.of(Gender.FEMININE);
            }
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String first = unaccented(name.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT));
        if (first.endsWith("ς")) {
            return Optional.of(Gender.MASCULINE);
        }
        if (first.endsWith("α") || first.endsWith("η") || first.endsWith("ω") || first.endsWith("ου")) {
            return Optional.of(Gender.FEMININE);
        }
        return Optional.empty();
    }
}
