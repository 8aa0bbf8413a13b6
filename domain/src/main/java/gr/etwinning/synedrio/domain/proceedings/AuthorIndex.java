package gr.etwinning.synedrio.domain.proceedings;

import gr.etwinning.synedrio.domain.text.GreekFirstNames;
import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The author index of a volume: every author once, however their name was typed ({@link GreekText#nameKey}),
 * headed surname first ("Κόππης, Αλέξανδρος"), in Greek alphabetical order ({@link GreekText#COLLATOR}) by
 * surname, then given names; each with the papers they wrote, in the order added.
 */
public final class AuthorIndex {

    /** A line of the index: the heading and the papers (by id). */
    public record Entry(String heading, List<String> papers) {
        public Entry {
            papers = List.copyOf(papers);
        }
    }

    private final Map<String, String> headings = new LinkedHashMap<>();
    private final Map<String, Set<String>> papers = new LinkedHashMap<>();

    /** Adds an author of a paper; a blank name is ignored. */
    public void add(String name, String paper) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = GreekText.nameKey(surnameFirst(name));
        headings.putIfAbsent(key, surnameFirst(name));
        papers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(paper);
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        headings.forEach((key, heading) -> entries.add(new Entry(heading, new ArrayList<>(papers.get(key)))));
        entries.sort((a, b) -> GreekText.COLLATOR.compare(a.heading(), b.heading()));
        return List.copyOf(entries);
    }

    /**
     * A name as an index heads it: "Αλέξανδρος Κόππης" → "Κόππης, Αλέξανδρος". The surname is the last word, unless
     * the name is written surname first (its first word is not a first name and its last word is: "Κόππης
     * Αλέξανδρος"); a name already with a comma stays as written; one word stays as it is.
     */
    public static String surnameFirst(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.contains(",")) {
            return n;
        }
        String[] words = n.split(" ");
        if (words.length < 2) {
            return n;
        }
        if (!GreekFirstNames.contains(words[0]) && GreekFirstNames.contains(words[words.length - 1])) {
            return words[0] + ", " + String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
        }
        return words[words.length - 1] + ", " + String.join(" ", java.util.Arrays.copyOfRange(words, 0,
                words.length - 1));
    }
}
