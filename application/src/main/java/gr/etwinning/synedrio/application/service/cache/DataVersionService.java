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
 * <p>The callers that arrive during a read form the next batch; the first of them reads for it, handed the turn by
 * the read before (one wake-up), and every caller is woken once, by its batch's result — not all waiters at every
 * read's end, each taking a lock again in turn.
 */
@Singleton
public final class DataVersionService implements GetDataVersionsUseCase {

    /** The callers served by one read: the first of them reads when its turn comes. */
    private static final class Batch {
        final CompletableFuture<Versions> result = new CompletableFuture<>();
        /** Completed when the read before this one ended: the batch's first caller then reads. */
        final CompletableFuture<Void> turn = new CompletableFuture<>();
        /** How many callers it serves (guarded by the lock). */
        int callers;
    }

    private final DataVersionPort port;
    private final Object lock = new Object();
    /** Whether a read is under way (or handed to the next batch's first caller). */
    private boolean reading;
    /** The callers that arrived during the read under way; nobody reads for them yet. */
    private Batch next;

    @Inject
    public DataVersionService(DataVersionPort port) {
        this.port = Objects.requireNonNull(port, "'port' must not be null");
    }

    @Override
    public Versions versions() {
        Batch mine;
        boolean lead = true;
        boolean waitForTurn = false;
        synchronized (lock) {
            if (!reading) {
                reading = true; // nobody reads: this caller reads at once, for itself
                mine = new Batch();
            } else if (next == null) {
                next = new Batch(); // the first to arrive during a read reads next, for all who join it
                mine = next;
                waitForTurn = true;
            } else {
                mine = next;
                lead = false;
            }
            mine.callers++;
        }
        if (lead) {
            if (waitForTurn) {
                mine.turn.join(); // the read under way ends, then hands this batch its turn
            }
            read(mine);
        }
        return gr.etwinning.synedrio.application.SharedResults.await(mine.result);
    }

    /** How many callers wait for a read that has not begun (for tests). */
    int waitingForNextRead() {
        synchronized (lock) {
            return next == null ? 0 : next.callers;
        }
    }

    /** Reads for the batch, then hands the turn to the batch that gathered meanwhile, if any. */
    private void read(Batch batch) {
        try {
            DataVersionPort.Versions v = port.read();
            batch.result.complete(new Versions(v.programme(), v.everything()));
        } catch (RuntimeException | Error e) {
            batch.result.completeExceptionally(e);
        } finally {
            Batch following;
            synchronized (lock) {
                following = next;
                next = null;
                if (following == null) {
                    reading = false; // else the turn goes to the following batch: still reading
                }
            }
            if (following != null) {
                following.turn.complete(null);
            }
        }
    }
}
