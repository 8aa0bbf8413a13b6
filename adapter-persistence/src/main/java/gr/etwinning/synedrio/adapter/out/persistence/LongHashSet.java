package gr.etwinning.synedrio.adapter.out.persistence;

/**
 * A set of non-zero longs, open addressing with linear probing: what counting the distinct persons of a million
 * presences needs, at 8 bytes a person instead of a boxed {@code Long} and a map entry each.
 */
final class LongHashSet {

    private long[] slots = new long[64];
    private int size;

    /** Adds a non-zero value; whether it was not there before. */
    boolean add(long value) {
        if (value == 0) {
            throw new IllegalArgumentException("0 cannot be kept");
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (true) {
            long s = slots[i];
            if (s == 0) {
                slots[i] = value;
                size++;
                return true;
            }
            if (s == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
