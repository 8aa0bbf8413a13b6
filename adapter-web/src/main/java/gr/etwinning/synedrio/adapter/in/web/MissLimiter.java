package gr.etwinning.synedrio.adapter.in.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts each client's wrong guesses of a secret (a verification code) and stops a client that makes too many: at
 * most {@code maxMisses} in any {@code windowMillis}; after that every lookup of that client — a right code too —
 * is refused until its oldest miss leaves the window. Codes have 60 random bits, so this only has to make
 * enumeration pointless, not impossible. Kept in this process's memory: each Synedrio instance counts its own.
 */
final class MissLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private final int maxMisses;
    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> misses = new ConcurrentHashMap<>();

    MissLimiter(int maxMisses, long windowMillis, LongSupplier clock) {
        this.maxMisses = maxMisses;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Seconds the client must wait before trying again, or 0 if it may look up now. */
    long retryAfterSeconds(String client) {
        Deque<Long> d = misses.get(client);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            long now = clock.getAsLong();
            while (!d.isEmpty() && d.peekFirst() <= now - windowMillis) {
                d.pollFirst();
            }
            if (d.size() < maxMisses) {
                return 0;
            }
            return Math.max(1, (d.peekFirst() + windowMillis - now + 999) / 1000);
        }
    }

    void miss(String client) {
        if (misses.size() >= MAX_CLIENTS) {
            forgetOld();
        }
        Deque<Long> d = misses.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(clock.getAsLong());
            while (d.size() > maxMisses) {
                d.pollFirst();
            }
        }
    }

    private void forgetOld() {
        long horizon = clock.getAsLong() - windowMillis;
        for (Iterator<Map.Entry<String, Deque<Long>>> it = misses.entrySet().iterator(); it.hasNext(); ) {
            Deque<Long> d = it.next().getValue();
            synchronized (d) {
                if (d.isEmpty() || d.peekLast() <= horizon) {
                    it.remove();
                }
            }
        }
    }
}
