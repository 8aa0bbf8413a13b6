package gr.etwinning.synedrio.adapter.out.persistence;

/**
 * The distinct persons of an edition's presences, each with the groups it was seen in (a kind, a day, a session, a
 * parallel day, the workshops) as bits: one hash look-up per presence, where a set per group took one per group
 * (five or six for every presence of a million). Open addressing with linear probing over non-zero longs.
 */
final class PersonMemberships {

    private final int words;
    private final int groups;
    private long[] keys = new long[1 << 10];
    private long[] bits;
    private int size;

    /** For persons in up to {@code groups} groups, numbered from 0. */
    PersonMemberships(int groups) {
        if (groups < 0) {
            throw new IllegalArgumentException("groups: " + groups);
        }
        this.groups = groups;
        this.words = Math.max(1, (groups + 63) >>> 6);
        this.bits = new long[keys.length * words];
    }

    /** The bits of the given groups, as {@link #add} takes them. */
    long[] mask(int... groupNumbers) {
        long[] mask = new long[words];
        for (int g : groupNumbers) {
            if (g < 0 || g >= groups) {
                throw new IllegalArgumentException("group " + g + " of " + groups);
            }
            mask[g >>> 6] |= 1L << (g & 63);
        }
        return mask;
    }

    /** Counts a non-zero person in the groups of the mask. */
    void add(long person, long[] mask) {
        if (person == 0) {
            throw new IllegalArgumentException("0 cannot be kept");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int at = slot(person);
        if (keys[at] == 0) {
            keys[at] = person;
            size++;
        }
        int base = at * words;
        for (int w = 0; w < words; w++) {
            bits[base + w] |= mask[w];
        }
    }

    /** The distinct persons. */
    int size() {
        return size;
    }

    /** How many distinct persons each group has, by group number. */
    long[] groupSizes() {
        long[] sizes = new long[groups];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) {
                continue;
            }
            int base = i * words;
            for (int w = 0; w < words; w++) {
                long b = bits[base + w];
                while (b != 0) {
                    sizes[(w << 6) + Long.numberOfTrailingZeros(b)]++;
                    b &= b - 1;
                }
            }
        }
        return sizes;
    }

    private int slot(long person) {
        int mask = keys.length - 1;
        int i = mix(person) & mask;
        while (keys[i] != 0 && keys[i] != person) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldBits = bits;
        keys = new long[oldKeys.length * 2];
        bits = new long[keys.length * words];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int at = slot(oldKeys[i]);
                keys[at] = oldKeys[i];
                System.arraycopy(oldBits, i * words, bits, at * words, words);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
