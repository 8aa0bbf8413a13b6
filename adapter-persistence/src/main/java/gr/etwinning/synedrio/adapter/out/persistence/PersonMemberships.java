package gr.etwinning.synedrio.adapter.out.persistence;

import java.util.HashMap;
import java.util.Map;

/**
 * The distinct persons of an edition's presences, each with the groups it was seen in (a kind, a day, a session, a
 * parallel day, the workshops) as bits: one look-up per presence, where a set per group took one per group (five or
 * six for every presence of a million).
 * <p>
 * A registered person is numbered by their registration's id, and an edition's registrations are mostly a few runs
 * of consecutive ids; a target's presences arrive in person order. So the positive numbers are kept in pages of
 * {@value #PAGE} consecutive numbers, each a plain array of their bits indexed by the number: a million presences
 * walk a few pages in order and the processor's prefetching hides the memory, where a hash table of tens of
 * megabytes cost a cache and TLB miss per presence (the report's largest cost at a million presences). Pages are
 * given out while they take at most {@value #PAGE_BUDGET_WORDS} words in all; a page first touched after that, and
 * every unregistered person (numbered by a hash of their key, with the sign bit set, so scattered anyway), is kept
 * in an open-addressing table, slot and bits side by side in one array. A number's place is decided by its page once
 * and for all, so no person is counted in both.
 */
final class PersonMemberships {

    static final int PAGE = 1 << 12;
    static final long PAGE_BUDGET_WORDS = 1L << 22; // 32 MiB of pages, at most

    /** A page whose numbers are kept in the table (out of the pages' budget). */
    private static final long[] HASHED = new long[0];

    private final int words; // the groups' bits and one more: "seen"
    private final int stride; // a table slot: the person, then the words
    private final int groups;
    private final long seenWord;
    private final int seenIndex;
    private final Map<Long, long[]> pages = new HashMap<>();
    private long pageWords;
    private long lastPageNumber = Long.MIN_VALUE;
    private long[] lastPage;
    private long[] table;
    private int capacity;
    private int tableSize;
    private int pagedSize;

    /** For persons in up to {@code groups} groups, numbered from 0. */
    PersonMemberships(int groups) {
        if (groups < 0) {
            throw new IllegalArgumentException("groups: " + groups);
        }
        this.groups = groups;
        this.words = (groups + 1 + 63) >>> 6;
        this.stride = words + 1;
        this.seenIndex = groups >>> 6;
        this.seenWord = 1L << (groups & 63);
        allocate(1 << 10);
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
        mask[seenIndex] |= seenWord;
        return mask;
    }

    /** Counts a non-zero person in the groups of the mask. */
    void add(long person, long[] mask) {
        if (person == 0) {
            throw new IllegalArgumentException("0 cannot be kept");
        }
        if (person > 0) {
            long[] page = page(person / PAGE);
            if (page != HASHED) {
                int at = (int) (person % PAGE) * words;
                if ((page[at + seenIndex] & seenWord) == 0) {
                    pagedSize++;
                }
                for (int w = 0; w < words; w++) {
                    page[at + w] |= mask[w];
                }
                return;
            }
        }
        if ((tableSize + 1) * 2 > capacity) {
            rehash(capacity * 2);
        }
        long[] t = table;
        int at = slot(t, capacity - 1, person);
        if (t[at] == 0) {
            t[at] = person;
            tableSize++;
        }
        for (int w = 0; w < words; w++) {
            t[at + 1 + w] |= mask[w];
        }
    }

    /** The distinct persons. */
    int size() {
        return pagedSize + tableSize;
    }

    /** The words the pages of consecutive numbers take. */
    long pagedWords() {
        return pageWords;
    }

    /** How many distinct persons each group has, by group number. */
    long[] groupSizes() {
        long[] sizes = new long[groups];
        for (long[] page : pages.values()) {
            count(page, 0, words, page.length, sizes);
        }
        count(table, 1, stride, table.length, sizes);
        return sizes;
    }

    /** Adds the group bits of the entries of {@code from} (each {@code step} long, its bits at {@code offset}). */
    private void count(long[] from, int offset, int step, int length, long[] sizes) {
        for (int at = offset; at < length; at += step) {
            if ((from[at + seenIndex] & seenWord) == 0) {
                continue;
            }
            for (int w = 0; w < words; w++) {
                long b = from[at + w];
                if (w == seenIndex) {
                    b &= ~seenWord;
                }
                while (b != 0) {
                    sizes[(w << 6) + Long.numberOfTrailingZeros(b)]++;
                    b &= b - 1;
                }
            }
        }
    }

    private long[] page(long number) {
        if (number == lastPageNumber) {
            return lastPage;
        }
        long[] page = pages.get(number);
        if (page == null) {
            long size = (long) PAGE * words;
            if (pageWords + size <= PAGE_BUDGET_WORDS) {
                page = new long[(int) size];
                pageWords += size;
            } else {
                page = HASHED;
            }
            pages.put(number, page);
        }
        lastPageNumber = number;
        lastPage = page;
        return page;
    }

    /** The array index of the person's slot, or of the empty slot it would take. */
    private int slot(long[] t, int mask, long person) {
        int i = mix(person) & mask;
        while (true) {
            long key = t[i * stride];
            if (key == 0 || key == person) {
                return i * stride;
            }
            i = (i + 1) & mask;
        }
    }

    private void allocate(int slots) {
        capacity = slots;
        table = new long[slots * stride];
    }

    private void rehash(int slots) {
        long[] old = table;
        allocate(slots);
        for (int at = 0; at < old.length; at += stride) {
            if (old[at] != 0) {
                System.arraycopy(old, at, table, slot(table, capacity - 1, old[at]), stride);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
