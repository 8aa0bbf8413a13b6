package gr.etwinning.synedrio.adapter.out.files.attendance;


import java.util.Locale;
import java.util.Set;

/** Names and addresses as the platforms write them, made comparable. */
final class Names {

    private Names() {
    }

    /** Marks platforms add after a name, in the interface's language: "(Guest)", "(Unverified)", "(External)". */
    private static final Set<String> SUFFIXES = Set.of("guest", "unverified", "external", "επισκεπτησ",
            "μη επαληθευμενοσ", "μη επαληθευμενο", "εξωτερικοσ", "εξωτερικο", "convidado", "nao verificado",
            "externo", "gosc", "niezweryfikowany", "zewnetrzny", "invite", "non verifie", "externe", "gast",
            "nicht verifiziert", "extern", "invitado", "no verificado", "tamu", "tidak terverifikasi", "eksternal");

    /** The name without the platform's suffixes. */
    static String withoutSuffixes(String name) {
        String n = name.strip();
        while (n.endsWith(")")) {
            int open = n.lastIndexOf('(');
            if (open < 0) {
                break;
            }
            String inside = Labels.valueKey(n.substring(open + 1, n.length() - 1));
            if (!SUFFIXES.contains(inside)) {
                break;
            }
            n = n.substring(0, open).strip();
        }
        return n;
    }

    /**
     * Zoom's "Name (Original Name)": the name shown and, in parentheses after it, the one the person joined with
     * before renaming themselves; {@code [name, original or null]}.
     */
    static String[] splitOriginal(String name) {
        if (name.endsWith(")")) {
            int open = name.lastIndexOf(" (");
            if (open > 0) {
                return new String[] {name.substring(0, open).strip(), name.substring(open + 2, name.length() - 1)
                        .strip()};
            }
        }
        return new String[] {name, null};
    }

    /**
     * The address a Teams UPN stands for: a guest's {@code maria.p_sch.gr#EXT#@tenant.onmicrosoft.com} is
     * {@code maria.p@sch.gr}; a member's UPN is their address. Null when it is neither.
     */
    static String upnEmail(String upn) {
        if (upn == null || upn.isBlank()) {
            return null;
        }
        String u = upn.strip();
        int ext = u.toUpperCase(Locale.ROOT).indexOf("#EXT#");
        if (ext > 0) {
            String local = u.substring(0, ext);
            int underscore = local.lastIndexOf('_');
            return underscore > 0 ? local.substring(0, underscore) + "@" + local.substring(underscore + 1) : null;
        }
        return u.indexOf('@') > 0 ? u : null;
    }

    /** An address for comparison: no spaces, lower case. */
    static String emailKey(String email) {
        if (email == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(email.length());
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** What {@code \\s} matches in a Java regular expression: space, tab, line ends, form feed, vertical tab. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
