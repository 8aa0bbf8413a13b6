package gr.etwinning.synedrio.domain.school;

import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Greek school's name however it is typed: the official name as registered ("27ο ΗΜΕΡΗΣΙΟ ΓΕΝΙΚΟ ΛΥΚΕΙΟ
 * ΑΘΗΝΩΝ"), or the short forms people type ("27ο ΓΕΛ ΑΘΗΝΩΝ", "49ο ΓΕ.Λ. Αθηνών", "3ο ΕΠΑ.Λ. ΗΡΑΚΛΕΙΟΥ",
 * "3ο ΔΗΜ.ΣΧ.ΑΡΓΥΡΟΥΠΟΛΗΣ", "3o" with a Latin o).
 *
 * <p>The key is {@link GreekText#key(String)} of the name, then: an ordinal ("27ο", "3o", "1ου") becomes its number;
 * each way of writing a unit type becomes the type's abbreviation ("γενικο λυκειο", "γε λ" → "γελ"); and ΗΜΕΡΗΣΙΟ
 * (ΟΛΟΗΜΕΡΟ for primary units) is dropped, since a school typed without it is the day school. ΕΣΠΕΡΙΝΟ, ΜΟΥΣΙΚΟ
 * and the rest stay, because they name other units. The unit type — and so the education level — is the first
 * type the name contains; a name with none (a private school's brand name) stays unclassified.
 */
public final class SchoolName {

    /** Ways to write each unit type, as key words; longer ones are tried first. */
    private static final Map<SchoolType, List<String>> TYPE_SPELLINGS = Map.ofEntries(
            Map.entry(SchoolType.EEEEK, List.of("ειδικο εργαστηριο επαγγελματικησ εκπαιδευσησ και καταρτισησ",
                    "εεεεκ", "ε ε ε ε κ")),
            Map.entry(SchoolType.TEE, List.of("τεχνικο επαγγελματικο εκπαιδευτηριο", "τεε", "τ ε ε")),
            Map.entry(SchoolType.EPAL, List.of("επαγγελματικο λυκειο", "επαλ", "επα λ", "ε πα λ", "ε π α λ")),
            Map.entry(SchoolType.EPAG, List.of("επαγγελματικο γυμνασιο", "επαγ")),
            Map.entry(SchoolType.EPAS, List.of("επαγγελματικη σχολη", "επασ", "επα σ", "ε π α σ")),
            Map.entry(SchoolType.EK, List.of("εργαστηριακο κεντρο", "εκ", "ε κ")),
            Map.entry(SchoolType.IEK, List.of("ινστιτουτο επαγγελματικησ καταρτισησ", "δημοσιο ιεκ", "ιεκ",
                    "ι ε κ")),
            Map.entry(SchoolType.GENIKO_LYKEIO, List.of("γενικο λυκειο", "γεν λυκειο", "γελ", "γε λ", "γ ε λ",
                    "λυκειο")),
            Map.entry(SchoolType.GYMNASIO, List.of("γυμνασιο", "γυμν", "γυμ")),
            Map.entry(SchoolType.DIMOTIKO, List.of("δημοτικο σχολειο", "δημ σχολειο", "δημ σχ", "δημοτικο", "δημ",
                    "δ σ")),
            Map.entry(SchoolType.NIPIAGOGEIO, List.of("νηπιαγωγειο", "νηπιαγ", "νηπ")));

    private static final List<String> DAY = List.of("ημερησιο", "ημερ", "ολοημερο");
    private static final List<String> EVENING = List.of("εσπερινο", "εσπ");
    private static final Map<String, SchoolFeature> FEATURE_WORDS = Map.ofEntries(
            Map.entry("πειραματικο", SchoolFeature.EXPERIMENTAL),
            Map.entry("προτυπο", SchoolFeature.MODEL),
            Map.entry("μουσικο", SchoolFeature.MUSIC),
            Map.entry("καλλιτεχνικο", SchoolFeature.ARTS),
            Map.entry("ιδιωτικο", SchoolFeature.PRIVATE),
            Map.entry("εκπαιδευτηρια", SchoolFeature.PRIVATE),
            Map.entry("κολλεγιο", SchoolFeature.PRIVATE),
            Map.entry("διαπολιτισμικησ", SchoolFeature.INTERCULTURAL),
            Map.entry("διαπολιτισμικο", SchoolFeature.INTERCULTURAL),
            Map.entry("ειδικο", SchoolFeature.SPECIAL_NEEDS));

    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,4})(ο|o|ου|ον|ησ|η|α|º|ª)?");

    /** A name as read: its key, its unit type if the name reveals one, and the features it states. */
    public record Reading(String key, SchoolType type, Set<SchoolFeature> features) {
        public Reading {
            features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        }
    }

    private SchoolName() {
    }

    public static Reading read(String name) {
        String[] words = GreekText.key(name).split(" ");
        List<String> out = new ArrayList<>();
        SchoolType type = null;
        Set<SchoolFeature> features = EnumSet.noneOf(SchoolFeature.class);
        int i = 0;
        while (i < words.length) {
            String w = words[i];
            if (w.isEmpty()) {
                i++;
                continue;
            }
            var ordinal = ORDINAL.matcher(w);
            if (ordinal.matches()) {
                out.add(Integer.toString(Integer.parseInt(ordinal.group(1))));
                i++;
                continue;
            }
            if (DAY.contains(w)) {
                features.add(SchoolFeature.DAY);
                i++;
                continue;
            }
            if (EVENING.contains(w)) {
                features.add(SchoolFeature.EVENING);
                out.add("εσπερινο");
                i++;
                continue;
            }
            int matched = 0;
            SchoolType found = null;
            for (Map.Entry<SchoolType, List<String>> e : TYPE_SPELLINGS.entrySet()) {
                for (String spelling : e.getValue()) {
                    String[] phrase = spelling.split(" ");
                    if (phrase.length > matched && startsWith(words, i, phrase)) {
                        matched = phrase.length;
                        found = e.getKey();
                    }
                }
            }
            if (found != null) {
                out.add(GreekText.key(found.abbreviation()));
                if (type == null) {
                    type = found;
                }
                if (found == SchoolType.EEEEK) {
                    features.add(SchoolFeature.SPECIAL_NEEDS);
                }
                i += matched;
                continue;
            }
            SchoolFeature feature = FEATURE_WORDS.get(w);
            if (feature != null) {
                features.add(feature);
            }
            out.add(w);
            i++;
        }
        return new Reading(String.join(" ", out), type, features);
    }

    /** The key that identifies the school however it was typed. */
    public static String key(String name) {
        return read(name).key();
    }

    private static boolean startsWith(String[] words, int from, String[] phrase) {
        if (from + phrase.length > words.length) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            if (!words[from + j].equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }
}
