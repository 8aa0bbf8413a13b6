package gr.etwinning.synedrio.domain.text;

/**
 * Greek to Latin as ELOT 743 (ISO 843, transcription) writes it, the way Greek passports spell names:
 * "Αλέξανδρος Κόππης" is "Alexandros Koppis", "Ευγενία" is "Evgenia", "Μπράττσης" is "Brattsis". Output is lower
 * case; letters that are not Greek are kept (Latin ones lower-cased), so mixed text survives.
 */
public final class Elot743 {

    private static final String VOICED_AFTER_U = "αεηιουωβγδζλμνρ";
    private static final String VOICELESS_AFTER_U = "θκξπστφχψ";

    private Elot743() {
    }

    public static String transliterate(String text) {
        if (text == null) {
            return "";
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char raw = t.charAt(i);
            char c = plain(raw);
            char next = i + 1 < t.length() ? plain(t.charAt(i + 1)) : 0;
            char nextRaw = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            char after = i + 2 < t.length() ? plain(t.charAt(i + 2)) : 0;
            boolean wordStart = i == 0 || !isGreek(plain(t.charAt(i - 1)));
            // αυ, ευ, ηυ: v before vowels and voiced consonants, f before voiceless ones and at the end
            if ((c == 'α' || c == 'ε' || c == 'η') && next == 'υ' && !hasDiaeresis(nextRaw)) {
                out.append(c == 'α' ? "a" : c == 'ε' ? "e" : "i");
                out.append(VOICED_AFTER_U.indexOf(after) >= 0 && after != 0 ? 'v'
                        : VOICELESS_AFTER_U.indexOf(after) >= 0 || !isGreek(after) ? 'f' : 'v');
                i++;
                continue;
            }
            if (c == 'ο' && next == 'υ' && !hasDiaeresis(nextRaw)) {
                out.append("ou");
                i++;
                continue;
            }
            if (c == 'μ' && next == 'π') {
                boolean wordEnd = !isGreek(after);
                out.append(wordStart || wordEnd ? "b" : "mb");
                i++;
                continue;
            }
            if (c == 'γ' && (next == 'γ' || next == 'ξ' || next == 'χ')) {
                out.append(next == 'γ' ? "ng" : next == 'ξ' ? "nx" : "nch");
                i++;
                continue;
            }
            out.append(single(c));
        }
        return out.toString();
    }

    /** An id slug from a person's name: surname first, then the given names, e.g. "koppis-alexandros". */
    public static String personSlug(String name) {
        String[] words = name == null ? new String[0] : name.strip().split("[\\s]+");
        StringBuilder slug = new StringBuilder();
        if (words.length > 0) {
            slug.append(words[words.length - 1]);
            for (int i = 0; i < words.length - 1; i++) {
                slug.append(' ').append(words[i]);
            }
        }
        return slug(slug.toString());
    }

    /** Any text as an id slug: transliterated, lower-case Latin letters and digits joined by single hyphens. */
    public static String slug(String text) {
        String latin = transliterate(text);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < latin.length() && out.length() < 100; i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        String s = out.toString();
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "x" : s;
    }

    private static boolean hasDiaeresis(char c) {
        return c == 'ϊ' || c == 'ϋ' || c == 'ΐ' || c == 'ΰ';
    }

    private static boolean isGreek(char c) {
        return c >= 'α' && c <= 'ω';
    }

    private static char plain(char c) {
        return GreekText.fold(c);
    }

    private static String single(char c) {
        switch (c) {
            case 'α': return "a";
            case 'β': return "v";
            case 'γ': return "g";
            case 'δ': return "d";
            case 'ε': return "e";
            case 'ζ': return "z";
            case 'η': return "i";
            case 'θ': return "th";
            case 'ι': return "i";
            case 'κ': return "k";
            case 'λ': return "l";
            case 'μ': return "m";
            case 'ν': return "n";
            case 'ξ': return "x";
            case 'ο': return "o";
            case 'π': return "p";
            case 'ρ': return "r";
            case 'σ': return "s";
            case 'τ': return "t";
            case 'υ': return "y";
            case 'φ': return "f";
            case 'χ': return "ch";
            case 'ψ': return "ps";
            case 'ω': return "o";
            default: return String.valueOf(c);
        }
    }
}
