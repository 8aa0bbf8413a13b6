package gr.etwinning.synedrio.domain.attendance;

import gr.etwinning.synedrio.domain.Check;

/**
 * Who a row of an attendance report is, across every file of an edition: a registered participant by their
 * registration's id ({@code r:42}), else an unregistered person by e-mail ({@code e:maria@sch.gr}), else by folded
 * name ({@code n:μαρια παπαδοπουλου}). The same person in two meetings has the same key, so unique counts over
 * sessions count them once; a registered participant's key holds nothing personal, so erasing their registration
 * leaves the counts as they were.
 *
 * <p>What the database keeps and counts is the key's {@link #number()}: the registration's id (positive), or for an
 * unregistered person a 64-bit hash of the key with the sign bit set (negative), so that a million presences are
 * counted by comparing integers, not collated text.
 */
public final class PersonKey {

    public static final int MAX = 254;

    private final String value;
    /**
     * {@link #number()}, made at the first call and kept (0: not yet; no key's number is 0 — an id is positive, a
     * hash negative): a national import asks for it several times for each of 660,000 persons, while most keys made
     * when rows are matched are never asked.
     */
    private volatile long number;

    public PersonKey(String value) {
        Check.text(value, "person key", MAX + 2);
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static PersonKey registration(long id) {
        return new PersonKey("r:" + id);
    }

    public static PersonKey email(String emailKey) {
        return new PersonKey("e:" + cut(emailKey));
    }

    public static PersonKey name(String nameKey) {
        return new PersonKey("n:" + cut(nameKey));
    }

    /**
     * The key as a number: the registration's id for {@code r:…}; otherwise a 64-bit hash of the key (FNV-1a over its
     * UTF-16 characters, then MurmurHash3's finaliser) with the sign bit set, so never a registration's id. Stored:
     * never change the function. Two different unregistered keys share a number with a probability of about
     * n²/2⁶⁴ (10⁻⁷ for a million persons).
     */
    public long number() {
        long n = number;
        if (n == 0) {
            n = number(value);
            number = n;
        }
        return n;
    }

    private static long number(String value) {
        if (value.startsWith("r:")) {
            return Long.parseLong(value, 2, value.length(), 10);
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = value.length(); i < n; i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h | Long.MIN_VALUE;
    }

    public boolean isRegistration() {
        return value.startsWith("r:");
    }

    private static String cut(String s) {
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PersonKey k && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return isRegistration() ? value : "PersonKey[***]";
    }
}
