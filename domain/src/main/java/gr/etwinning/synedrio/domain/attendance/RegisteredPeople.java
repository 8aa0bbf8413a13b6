package gr.etwinning.synedrio.domain.attendance;

import gr.etwinning.synedrio.domain.text.GreekText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registrations of an edition as attendance matching sees them, and the matching rule itself: a report's row
 * belongs to a registered participant when its e-mail equals a registration's (case and spaces ignored); else when
 * its name, folded by {@link GreekText#nameKey} (case, accents, final sigma, Latin look-alike letters), equals exactly
 * one registration's name; otherwise it is an unregistered person, keyed by e-mail, else by folded name. A name
 * that several registrations share is never guessed: the caller lists it.
 *
 * <p>Once filled, matching only reads (and remembers its answers): one instance may serve several imports at once.
 */
public final class RegisteredPeople {

    /** The match by e-mail of each address, made once: a national import matches a million rows. */
    private final Map<String, Match> byEmail = new HashMap<>();
    private final Map<Long, Match> byNameMatch = new HashMap<>();
    private final Map<String, Object> byName = new HashMap<>(); // Long, or a List<Long> when shared
    /**
     * The match of each (e-mail, names) as a file wrote them, made once: a national edition's hundred files name the
     * same few tens of thousands of people a million times, and folding their names and addresses was most of
     * matching. Bounded: emptied when full.
     */
    private final Map<Seen, Match> seen = new ConcurrentHashMap<>();
    private static final int SEEN_MAX = 1 << 16;

    private record Seen(String email, String name, String other) {
    }

    /** Adds a registration: its id, e-mail address and full name as registered (either may be null: erased). */
    public void add(long registrationId, String email, String fullName) {
        seen.clear(); // an answer remembered may change with this registration
        String e = emailKey(email);
        if (!e.isEmpty()) {
            byEmail.putIfAbsent(e, new Match(PersonKey.registration(registrationId), MatchedBy.EMAIL,
                    registrationId, 1));
        }
        String n = nameKey(fullName);
        byNameMatch.put(registrationId, new Match(PersonKey.registration(registrationId), MatchedBy.NAME,
                registrationId, 1));
        if (!n.isEmpty()) {
            byName.merge(n, registrationId, (old, added) -> {
                List<Long> ids = old instanceof Long one ? new ArrayList<>(List.of(one)) : castList(old);
                ids.add((Long) added);
                return ids;
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> castList(Object o) {
        return (List<Long>) o;
    }

    /** The outcome of matching one person: their key, how they were matched, and the registration if any. */
    public record Match(PersonKey key, MatchedBy by, Long registrationId, int sharedBy) {

        /** Whether the name matched several registrations and so matched none. */
        public boolean ambiguous() {
            return sharedBy > 1;
        }
    }

    /**
     * Matches a person by e-mail, else by each of their names in turn (a platform may give a display name and the
     * original one); null or blank values are skipped.
     */
    public Match match(String email, String... names) {
        if (names.length > 2) {
            return matchNow(email, names);
        }
        Seen raw = new Seen(email, names.length > 0 ? names[0] : null, names.length > 1 ? names[1] : null);
        Match m = seen.get(raw);
        if (m == null) {
            m = matchNow(email, names);
            if (m != null) {
                if (seen.size() >= SEEN_MAX) {
                    seen.clear();
                }
                seen.put(raw, m);
            }
        }
        return m;
    }

    private Match matchNow(String email, String... names) {
        String e = emailKey(email);
        if (!e.isEmpty()) {
            Match m = byEmail.get(e);
            if (m != null) {
                return m;
            }
        }
        int shared = 0;
        String firstName = "";
        for (String name : names) {
            String n = nameKey(name);
            if (n.isEmpty()) {
                continue;
            }
            if (firstName.isEmpty()) {
                firstName = n;
            }
            Object found = byName.get(n);
            if (found instanceof Long id) {
                return byNameMatch.get(id);
            }
            if (found != null) {
                shared = Math.max(shared, castList(found).size());
            }
        }
        if (!e.isEmpty()) {
            return new Match(PersonKey.email(e), MatchedBy.NONE, null, shared);
        }
        if (firstName.isEmpty()) {
            return null;
        }
        return new Match(PersonKey.name(firstName), MatchedBy.NONE, null, shared);
    }

    /**
     * An e-mail address for comparison: spaces removed, composed (NFC, as {@code EmailAddress.key}) and in lower
     * case; empty when there is none.
     */
    public static String emailKey(String email) {
        if (email == null) {
            return "";
        }
        if (isKey(email)) {
            return email; // most addresses in an export: nothing to remove, compose or lower, so nothing to copy
        }
        StringBuilder out = new StringBuilder(email.length());
        boolean ascii = true;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                out.append(c);
                ascii &= c < 0x80;
            }
        }
        String s = (ascii ? out.toString() : java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC))
                .toLowerCase(Locale.ROOT);
        return s.indexOf('@') > 0 ? s : "";
    }

    /**
     * Whether the address is its own key: printable ASCII without spaces or capitals, with an {@code @} after its
     * first character — what {@link #emailKey} would return unchanged.
     */
    private static boolean isKey(String email) {
        int at = -1;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c <= ' ' || c >= 0x7F || (c >= 'A' && c <= 'Z')) {
                return false;
            }
            if (c == '@' && at < 0) {
                at = i;
            }
        }
        return at > 0;
    }

    /** A name for comparison: {@link GreekText#nameKey}. */
    public static String nameKey(String name) {
        return GreekText.nameKey(name);
    }
}
