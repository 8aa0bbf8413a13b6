package gr.etwinning.synedrio.domain.attendance;

import gr.etwinning.synedrio.domain.InvalidValueException;

import java.util.Arrays;

/**
 * The time one person spent in one meeting: the join/leave intervals the platform reported, merged so that
 * overlapping or touching intervals count once (a reconnection, or the same meeting in two exports, never doubles a
 * minute). Times are seconds since the epoch, kept in a plain {@code long[]} because a national edition holds a
 * million of them and an import must fit in a small heap.
 *
 * <p>Mutable while it collects intervals ({@link #add}); {@link #merged()} gives the canonical form.
 */
public final class Presence {

    private long[] bounds = new long[4];
    private int size; // number of longs used: two per interval
    private boolean normalised = true;

    /** Adds one interval, {@code start} to {@code end} in epoch seconds; {@code end} may equal {@code start}. */
    public Presence add(long start, long end) {
        if (end < start) {
            throw new InvalidValueException("interval", "leaves before it joins");
        }
        if (size == bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        if (size > 0 && start <= bounds[size - 1]) {
            normalised = false; // out of order, or overlapping or touching the last one: merge on demand
        }
        bounds[size++] = start;
        bounds[size++] = end;
        return this;
    }

    /** Adds every interval of another presence. */
    public Presence addAll(Presence other) {
        long[] o = other.merged();
        for (int i = 0; i < o.length; i += 2) {
            add(o[i], o[i + 1]);
        }
        return this;
    }

    /**
     * The intervals sorted by start, overlapping or touching ones joined: {@code [s0, e0, s1, e1, …]} with
     * {@code e(i) < s(i+1)}.
     */
    public long[] merged() {
        normalise();
        return Arrays.copyOf(bounds, size);
    }

    /** Sorts and joins the intervals in place (a person has a few; a million persons are merged per import). */
    private void normalise() {
        if (normalised) {
            return;
        }
        int n = size / 2;
        if (n <= 16) {
            for (int i = 1; i < n; i++) { // insertion sort of the pairs, by start then end
                long s = bounds[2 * i];
                long e = bounds[2 * i + 1];
                int j = i - 1;
                while (j >= 0 && (bounds[2 * j] > s || bounds[2 * j] == s && bounds[2 * j + 1] > e)) {
                    bounds[2 * j + 2] = bounds[2 * j];
                    bounds[2 * j + 3] = bounds[2 * j + 1];
                    j--;
                }
                bounds[2 * j + 2] = s;
                bounds[2 * j + 3] = e;
            }
        } else {
            long[][] pairs = new long[n][];
            for (int i = 0; i < n; i++) {
                pairs[i] = new long[] {bounds[2 * i], bounds[2 * i + 1]};
            }
            Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            for (int i = 0; i < n; i++) {
                bounds[2 * i] = pairs[i][0];
                bounds[2 * i + 1] = pairs[i][1];
            }
        }
        int out = 0;
        for (int i = 0; i < size; i += 2) {
            long s = bounds[i];
            long e = bounds[i + 1];
            if (out > 0 && s <= bounds[out - 1]) {
                bounds[out - 1] = Math.max(bounds[out - 1], e);
            } else {
                bounds[out++] = s;
                bounds[out++] = e;
            }
        }
        size = out;
        normalised = true;
    }

    /** How many separate intervals remain after merging. */
    public int intervals() {
        normalise();
        return size / 2;
    }

    /** Seconds present, each second counted once. */
    public long seconds() {
        normalise();
        long total = 0;
        for (int i = 0; i < size; i += 2) {
            total += bounds[i + 1] - bounds[i];
        }
        return total;
    }

    /** The first second present, or 0 when there is no interval. */
    public long firstStart() {
        normalise();
        return size == 0 ? 0 : bounds[0];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The merged intervals as text for storage: {@code start+length} pairs separated by {@code ;}. */
    public String encode() {
        return encoded(merged());
    }

    /** The stored text of merged intervals {@code [s0, e0, s1, e1, …]}, as a String. */
    public static String encoded(long[] m) {
        StringBuilder out = new StringBuilder(m.length * 8);
        encode(m, new EncodingSink() {
            @Override
            public void number(long n) {
                out.append(n);
            }

            @Override
            public void mark(char c) {
                out.append(c);
            }
        });
        return out.toString();
    }

    /**
     * Where {@link #encode(long[], EncodingSink)} writes the stored text, piece by piece — for a writer that makes
     * bytes, or counts them, without making the text first.
     */
    public interface EncodingSink {
        /** A number in decimal, '-' first when negative. */
        void number(long n);

        /** One of the marks {@code +} and {@code ;}. */
        void mark(char c);
    }

    /**
     * The stored text of merged intervals {@code [s0, e0, s1, e1, …]} ({@link #merged()}), {@code s0+l0;s1+l1…},
     * written to the sink: the one place that knows the format ({@link #decode} reads it).
     */
    public static void encode(long[] merged, EncodingSink sink) {
        for (int i = 0; i < merged.length; i += 2) {
            if (i > 0) {
                sink.mark(';');
            }
            sink.number(merged[i]);
            sink.mark('+');
            sink.number(merged[i + 1] - merged[i]);
        }
    }

    /** The length of the stored text of these merged intervals, without making it. */
    public static int encodedLength(long[] merged) {
        int[] length = {0};
        encode(merged, new EncodingSink() {
            @Override
            public void number(long n) {
                length[0] += n < 0 ? Long.toString(n).length() : digits(n);
            }

            @Override
            public void mark(char c) {
                length[0]++;
            }
        });
        return length[0];
    }

    private static int digits(long n) {
        int d = 1;
        for (long v = n; v >= 10; v /= 10) {
            d++;
        }
        return d;
    }

    /** The reverse of {@link #encode()}. */
    public static Presence decode(String text) {
        Presence p = new Presence();
        if (text == null || text.isEmpty()) {
            return p;
        }
        int from = 0;
        while (from < text.length()) {
            int semi = text.indexOf(';', from);
            int end = semi < 0 ? text.length() : semi;
            int plus = text.indexOf('+', from);
            if (plus < 0 || plus > end) {
                throw new InvalidValueException("interval", "stored interval '" + text.substring(from, end)
                        + "' is not start+length");
            }
            long start = Long.parseLong(text, from, plus, 10);
            long length = Long.parseLong(text, plus + 1, end, 10);
            p.add(start, start + length);
            from = end + 1;
        }
        return p;
    }

    /** Whole minutes, rounded to the nearest, of a number of seconds. */
    public static long minutes(long seconds) {
        return (seconds + 30) / 60;
    }
}
