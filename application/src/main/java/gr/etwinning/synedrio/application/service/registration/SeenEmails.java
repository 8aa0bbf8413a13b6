package gr.etwinning.synedrio.application.service.registration;

/**
 * The e-mail addresses an import has met, by a 64-bit digest of their key, with the line of each: a million of them
 * in some 24 MiB (open addressing over two arrays) rather than a map of strings ten times that size. Two addresses
 * share a digest with a probability of about 10⁻⁸ in a file of a million rows.
 */
final class SeenEmails {

    private long[] digests = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** Records the address's line; returns the line it was first met on, or 0 if this is the first time. */
    int putIfAbsent(String key, int line) {
        long digest = digest(key);
        if (digest == 0) {
            digest = 1; // 0 marks an empty slot
        }
        if ((size + 1) * 2 > digests.length) {
            grow();
        }
        int mask = digests.length - 1;
        for (int i = (int) (digest ^ (digest >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (digests[i] == 0) {
                digests[i] = digest;
                lines[i] = line;
                size++;
                return 0;
            }
            if (digests[i] == digest) {
                return lines[i];
            }
        }
    }

    private void grow() {
        long[] oldDigests = digests;
        int[] oldLines = lines;
        digests = new long[oldDigests.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = digests.length - 1;
        for (int j = 0; j < oldDigests.length; j++) {
            long d = oldDigests[j];
            if (d == 0) {
                continue;
            }
            int i = (int) (d ^ (d >>> 32)) & mask;
            while (digests[i] != 0) {
                i = (i + 1) & mask;
            }
            digests[i] = d;
            lines[i] = oldLines[j];
        }
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser (SplitMix64's) to spread the bits. */
    static long digest(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }
}
