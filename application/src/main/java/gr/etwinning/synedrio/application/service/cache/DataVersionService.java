package gr.etwinning.synedrio.application.service.cache;

import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase;
import gr.etwinning.synedrio.application.port.out.common.DataVersionPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the versions from the database for every caller, but shares one read among the callers that arrive while
 * another read is under way: they wait for the next read, which starts after they arrived, so each caller gets
 * versions read after its call began (a write committed before it is always seen) while a crowd of 64 readers
 * costs the database one small query at a time rather than 64. A read that fails (the database down) fails for
 * every caller waiting for it, at once.
 */
@Singleton
public final class DataVersionService implements GetDataVersionsUseCase {

    private final DataVersionPort port;
    private final Object lock = new Object();
    /** The read the callers arriving now wait for; none is started for it yet. */
    private CompletableFuture<Versions> next;
    private boolean reading;

    @Inject
    public DataVersionService(DataVersionPort port) {
        this.port = Objects.requireNonNull(port, "'port' must not be null");
    }

    @Override
    public Versions versions() {
        CompletableFuture<Versions> mine;
        synchronized (lock) {
            if (next == null) {
                next = new CompletableFuture<>();
            }
            mine = next;
        }
        while (true) {
            boolean lead = false;
            synchronized (lock) {
                if (mine.isDone()) {
                    break;
                }
                if (!reading) {
                    // Nobody reads: this caller reads for everyone waiting for the same read (mine is still next).
                    reading = true;
                    lead = true;
                    if (next == mine) {
                        next = null;
                    }
                } else {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the data's versions", e);
                    }
                }
            }
            if (lead) {
                try {
                    DataVersionPort.Versions v = port.read();
                    mine.complete(new Versions(v.programme(), v.everything()));
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                } finally {
                    synchronized (lock) {
                        reading = false;
                        lock.notifyAll();
                    }
                }
            }
        }
        try {
            return mine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
