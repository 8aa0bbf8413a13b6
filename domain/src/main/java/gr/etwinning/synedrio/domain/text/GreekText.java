package gr.etwinning.synedrio.domain.text;

import java.util.Comparator;

/**
 * The one normaliser of the whole system. Greek is the first language of the data, and people type it in many
 * ways: with or without accents, in capitals, with a final sigma or not, and now and then with a Latin letter that
 * looks Greek ("ΚOΠΠΗΣ" with a Latin O). {@link #key(String)} folds all of these onto one search key, so
 * "Κόππης", "ΚΟΠΠΗΣ" and "κοππης" compare equal; {@link #COLLATOR} sorts by Greek alphabetical order.
 *
 * <p>Written without {@code java.text} so that the domain depends on nothing but the core of the language.
 */
public final class GreekText {

    /** Greek alphabetical order, case and accents ignored first, the text as written breaking ties. */
    public static final Comparator<String> COLLATOR = Comparator.comparing(GreekText::sortKey)
            .thenComparing(Comparator.naturalOrder());

    private GreekText() {
    }

    /**
     * The search key of a text: lower case, without accents or diaeresis, final sigma as sigma, Latin look-alike
     * letters inside Greek words read as Greek, anything but letters and digits turned into single spaces.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCombiningMark(c)) {
                continue;
            }
            char folded = fold(c);
            if (Character.isLetterOrDigit(folded)) {
                word.append(folded);
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out.toString();
    }

    /**
     * The key for matching a person's name exactly, however typed: {@link #key(String)}, and besides, a word typed
     * all in Latin capitals that each look like a Greek capital ("KATIA MANTA" typed on a Latin keyboard for
     * "ΚΑΤΙΑ ΜΑΝΤΑ") read as Greek. {@link #key(String)} already reads look-alikes inside words that hold a Greek
     * letter; this goes further, which only suits comparing whole names, not searching (an English "TIM" reads as
     * Greek here), so search keys stay as they are.
     */
    public static String nameKey(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            String word = text.substring(i, end);
            boolean allLookAlikeCapitals = true;
            for (int j = 0; j < word.length() && allLookAlikeCapitals; j++) {
                allLookAlikeCapitals = LATIN_CAPITAL_LOOK_ALIKES.indexOf(word.charAt(j)) >= 0;
            }
            if (allLookAlikeCapitals) {
                for (int j = 0; j < word.length(); j++) {
                    out.append(GREEK_CAPITALS.charAt(LATIN_CAPITAL_LOOK_ALIKES.indexOf(word.charAt(j))));
                }
            } else {
                out.append(word);
            }
            i = end;
        }
        return key(out.toString());
    }

    private static final String LATIN_CAPITAL_LOOK_ALIKES = "ABEZHIKMNOPTXY";
    private static final String GREEK_CAPITALS = "ΑΒΕΖΗΙΚΜΝΟΡΤΧΥ";

    /** The key used for sorting: like {@link #key(String)} but keeping every character's order information. */
    public static String sortKey(String text) {
        return key(text);
    }

    /** Whether {@code haystack} contains every word of {@code query}, each as the start of one of its words. */
    public static boolean matches(String haystack, String query) {
        String h = " " + key(haystack);
        for (String word : key(query).split(" ")) {
            if (!word.isEmpty() && !h.contains(" " + word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well {@code text} answers {@code query}, for ranking search results: 3 when both fold to the same key
     * (an exact match however typed), 2 when every word of the query is a whole word of the text, 1 when every word
     * of the query starts a word of the text, 0 when it does not match.
     */
    public static int matchRank(String text, String query) {
        String q = key(query);
        if (q.isEmpty()) {
            return 0;
        }
        String t = key(text);
        if (t.equals(q)) {
            return 3;
        }
        String padded = " " + t + " ";
        boolean whole = true;
        for (String word : q.split(" ")) {
            if (!padded.contains(" " + word)) {
                return 0;
            }
            whole &= padded.contains(" " + word + " ");
        }
        return whole ? 2 : 1;
    }

    private static boolean isOrdinalWithLatinO(StringBuilder word) {
        int last = word.length() - 1;
        if (last < 1 || word.charAt(last) != 'o') {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void flush(StringBuilder word, StringBuilder out) {
        if (word.length() == 0) {
            return;
        }
        boolean greek = false;
        for (int i = 0; i < word.length(); i++) {
            if (isGreekLetter(word.charAt(i))) {
                greek = true;
                break;
            }
        }
        if (isOrdinalWithLatinO(word)) {
            // "3o" typed for the Greek ordinal "3ο" (τρίτο): the o is the Greek omicron
            word.setCharAt(word.length() - 1, 'ο');
        }
        if (greek) {
            for (int i = 0; i < word.length(); i++) {
                word.setCharAt(i, latinLookAlike(word.charAt(i)));
            }
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
        word.setLength(0);
    }

    private static boolean isCombiningMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    private static boolean isGreekLetter(char c) {
        return c >= '\u03B1' && c <= '\u03C9';
    }

    /** Lower case, accents and diaeresis removed, final sigma folded. */
    static char fold(char c) {
        char l = Character.toLowerCase(c);
        switch (l) {
            case 'ά': return 'α';
            case 'έ': return 'ε';
            case 'ή': return 'η';
            case 'ί': case 'ϊ': case 'ΐ': return 'ι';
            case 'ό': return 'ο';
            case 'ύ': case 'ϋ': case 'ΰ': return 'υ';
            case 'ώ': return 'ω';
            case 'ς': return 'σ';
            case 'ϐ': return 'β';
            case 'ϑ': return 'θ';
            case 'ϕ': return 'φ';
            case 'ϖ': return 'π';
            case 'ϱ': return 'ρ';
            case 'ϲ': return 'σ';
            default: return l;
        }
    }

    /** A lower-case Latin letter that is written like a Greek capital or small letter, as the Greek letter. */
    private static char latinLookAlike(char c) {
        switch (c) {
            case 'a': return 'α';
            case 'b': return 'β';
            case 'e': return 'ε';
            case 'z': return 'ζ';
            case 'h': return 'η';
            case 'i': return 'ι';
            case 'k': return 'κ';
            case 'm': return 'μ';
            case 'n': return 'ν';
            case 'o': return 'ο';
            case 'p': return 'ρ';
            case 't': return 'τ';
            case 'x': return 'χ';
            case 'y': return 'υ';
            case 'v': return 'ν';
            case 'u': return 'υ';
            default: return c;
        }
    }
}
