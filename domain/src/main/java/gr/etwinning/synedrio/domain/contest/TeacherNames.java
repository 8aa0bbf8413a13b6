package gr.etwinning.synedrio.domain.contest;

import gr.etwinning.synedrio.domain.text.GreekFirstNames;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a teachers cell of the press release — several full names separated by single spaces and nothing else,
 * "Παρασκευή Καρέλλα Κωνσταντία Μανουσαρίδου" — into persons.
 *
 * <p>A split is <em>certain</em> when the names are given with explicit separators (comma, semicolon, middle dot),
 * or when the words pair up as first name + surname: an even number of words, every first word of a pair a known
 * Greek first name ({@link GreekFirstNames}) and no second word one. Two words are one person when the first is a
 * first name. Anything else — an odd number of words, a surname that is also a first name, an unknown first
 * name — is <em>uncertain</em>: the split proposes a pairing where it can and says why it is not sure.
 */
public final class TeacherNames {

    private static final Pattern EXPLICIT = Pattern.compile("\\s*[,;·]\\s*");

    /** The result of splitting one cell. {@code names} is empty when no proposal can be made. */
    public record Split(String cell, List<String> names, boolean certain, String doubt) {
        public Split {
            names = List.copyOf(names);
        }
    }

    private TeacherNames() {
    }

    public static Split split(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return new Split(text, List.of(), true, null);
        }
        if (EXPLICIT.matcher(text).find()) {
            List<String> names = new ArrayList<>();
            for (String part : EXPLICIT.split(text)) {
                if (!part.isBlank()) {
                    names.add(part.strip().replaceAll("\\s+", " "));
                }
            }
            return new Split(text, names, true, null);
        }
        String[] words = text.split("\\s+");
        if (words.length == 1) {
            return new Split(text, List.of(words[0]), false, "a single word: a surname or a first name alone?");
        }
        if (words.length % 2 == 1) {
            return new Split(text, List.of(), false, words.length + " words do not pair up as first name and"
                    + " surname: a compound first name or surname?");
        }
        List<String> names = new ArrayList<>();
        String doubt = null;
        for (int i = 0; i < words.length; i += 2) {
            names.add(words[i] + " " + words[i + 1]);
            if (doubt == null && !GreekFirstNames.contains(words[i])) {
                doubt = "'" + words[i] + "' is not a first name this system knows";
            }
            if (doubt == null && words.length > 2 && GreekFirstNames.contains(words[i + 1])) {
                doubt = "'" + words[i + 1] + "' may be a second first name rather than a surname";
            }
        }
        return new Split(text, names, doubt == null, doubt);
    }
}
