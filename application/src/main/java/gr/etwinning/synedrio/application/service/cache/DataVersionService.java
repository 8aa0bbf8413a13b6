package gr.etwinning.synedrio.application.service.cache;

import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase;
import gr.etwinning.synedrio.application.port.out.common.DataVersionPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the versions from the database for every caller, but shares one read among the callers that arrive while
 * another read is under way: they wait for the next read, which starts after they arrived, so each caller gets
 * versions read after its call began (a write committed before it is always seen) while a crowd of 64 readers
 * costs the database one small query at a time rather than 64. A read that fails (the database down) fails for
 * every caller waiting for it, at once.
 *
 * <p>A caller that arrives when nobody reads reads at once, in its own thread. The callers that arrive during a
 * read form the next batch, which a thread of this service's own reads for when the read under way ends — and so
 * on while batches gather — and whose callers it answers: {@link #versions()} callers are woken, and the
 * continuations of {@link #versionsLater()} callers run in it (a web request's answer is written there, not in a
 * request thread parked and woken for it).
 */
@Singleton
public final class DataVersionService implements GetDataVersionsUseCase {

    /** The callers served by one read. */
    private static final class Batch {
        final CompletableFuture<Versions> result = new CompletableFuture<>();
        /** How many callers it serves (guarded by the lock). */
        int callers;
    }

    private final DataVersionPort port;
    private final Object lock = new Object();
    /** Whether a read is under way (or about to be, for the batch gathered during the last one). */
    private boolean reading;
    /** The callers that arrived during the read under way; nobody reads for them yet. */
    private Batch next;
    /** Reads for the batches that gather during reads; started at the first such batch. */
    private volatile java.util.concurrent.ExecutorService reader;

    @Inject
    public DataVersionService(DataVersionPort port) {
        this.port = Objects.requireNonNull(port, "'port' must not be null");
    }

    @Override
    public Versions versions() {
        return gr.etwinning.synedrio.application.SharedResults.await(versionsLater());
    }

    /**
     * Without waiting: a caller that arrives while a read is under way joins the next batch and returns at once,
     * its future completed by that read, in the service's reading thread (which runs the continuations then). A
     * caller that arrives when nobody reads reads at once, in its own thread, and gets a completed future.
     */
    @Override
    public CompletableFuture<Versions> versionsLater() {
        Batch mine;
        boolean lead = false;
        synchronized (lock) {
            if (!reading) {
                reading = true;
                mine = new Batch();
                lead = true;
            } else {
                if (next == null) {
                    next = new Batch();
                }
                mine = next;
            }
            mine.callers++;
        }
        if (lead) {
            read(mine, true);
        }
        return mine.result;
    }

    /** How many callers wait for a read that has not begun (for tests). */
    int waitingForNextRead() {
        synchronized (lock) {
            return next == null ? 0 : next.callers;
        }
    }

    /**
     * Reads for the batch, then for the batch that gathered meanwhile, if any: a caller that read for itself hands
     * that batch to the reading thread before it goes on with its own answer; the reading thread answers its batch,
     * then reads for the next, as long as batches gather.
     */
    private void read(Batch first, boolean caller) {
        Batch batch = first;
        while (batch != null) {
            Versions versions = null;
            Throwable failure = null;
            try {
                DataVersionPort.Versions v = port.read();
                versions = new Versions(v.programme(), v.everything());
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            Batch following;
            synchronized (lock) {
                following = next;
                next = null;
                if (following == null) {
                    reading = false; // else the following batch is read for at once: still reading
                }
            }
            if (following != null && caller) {
                Batch handed = following;
                try {
                    readingThread().execute(() -> read(handed, false));
                    following = null;
                } catch (RuntimeException | Error e) {
                    // no thread to be had (memory): this caller reads for them after its own, as nobody else will
                }
            }
            if (failure == null) {
                batch.result.complete(versions);
            } else {
                batch.result.completeExceptionally(failure);
            }
            batch = following;
        }
    }

    private java.util.concurrent.ExecutorService readingThread() {
        java.util.concurrent.ExecutorService r = reader;
        if (r == null) {
            synchronized (lock) {
                r = reader;
                if (r == null) {
                    r = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                        Thread t = new Thread(task, "data-versions");
                        t.setDaemon(true);
                        return t;
                    });
                    reader = r;
                }
            }
        }
        return r;
    }
}
