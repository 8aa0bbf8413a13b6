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
 * when the cell has exactly two words (one person, whatever the first name), or when the words can be cut into
 * persons in exactly one way: each person two words (first name, surname) or three (compound first name or double
 * surname), every person after the first starting with a known Greek first name ({@link GreekFirstNames}). A cell
 * that can be cut more than one way, or in none, is <em>uncertain</em>: the split proposes a cut where it can and
 * says why it is not sure.
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
        if (words.length == 2) {
            return new Split(text, List.of(text.replaceAll("\\s+", " ")), true, null);
        }
        List<List<String>> ways = new ArrayList<>();
        splits(words, 0, new ArrayList<>(), ways);
        if (ways.size() == 1) {
            return new Split(text, ways.get(0), true, null);
        }
        if (ways.size() > 1) {
            return new Split(text, ways.get(0), false, "can be split more than one way: "
                    + String.join(" | ", ways.get(0)) + ", or " + String.join(" | ", ways.get(1)));
        }
        if (words.length % 2 == 1) {
            return new Split(text, List.of(), false, words.length + " words do not pair up as first name and"
                    + " surname: a compound first name or surname?");
        }
        List<String> names = new ArrayList<>();
        String doubt = null;
        for (int i = 0; i < words.length; i += 2) {
            names.add(words[i] + " " + words[i + 1]);
            if (doubt == null && GreekFirstNames.contains(words[i + 1])) {
                doubt = "'" + words[i + 1] + "' may be a second first name rather than a surname";
            }
        }
        for (int i = 2; doubt == null && i < words.length; i += 2) {
            if (!GreekFirstNames.contains(words[i])) {
                doubt = "'" + words[i] + "' is not a first name this system knows";
            }
        }
        return new Split(text, names, false, doubt);
    }

    /**
     * Every way (at most two: enough to know a cell is ambiguous) of cutting the words into persons of two words
     * (first name, surname) or three (a compound first name or a double surname), each person after the first
     * starting with a known first name. The first person may start with any word: a cell starts with a person.
     */
    private static void splits(String[] words, int from, List<String> persons, List<List<String>> ways) {
        if (ways.size() > 1) {
            return;
        }
        if (from == words.length) {
            ways.add(List.copyOf(persons));
            return;
        }
        if (from > 0 && !GreekFirstNames.contains(words[from])) {
            return;
        }
        for (int size = 2; size <= 3 && from + size <= words.length; size++) {
            persons.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + size)));
            splits(words, from + size, persons, ways);
            persons.remove(persons.size() - 1);
        }
    }
}
