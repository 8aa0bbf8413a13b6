package gr.etwinning.synedrio.application.port.in.cache;

/**
 * The versions of what the derived documents (the programme, the public page, the schedule exports, the report,
 * the charts) are made of, as the database holds them when asked: a cache keyed by them is right with any number
 * of instances writing to one database.
 */
public interface GetDataVersionsUseCase {

    /** The versions committed by the moment of the call (read after it began, never remembered from before). */
    Versions versions();

    /**
     * The same versions, for a caller that need not wait for them: a future completed by the read that serves the
     * caller (already completed when the caller read them itself). Whoever completes it may run the caller's
     * continuation in its own thread, so a continuation must not wait for another caller's versions.
     */
    default java.util.concurrent.CompletableFuture<Versions> versionsLater() {
        return java.util.concurrent.CompletableFuture.completedFuture(versions());
    }

    /** {@code programme}: editions, programmes, persons; {@code everything}: any data a report or chart reads. */
    record Versions(long programme, long everything) {
    }
}
