package gr.etwinning.synedrio.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A result one caller makes for others who wait for it: they get it, or the very failure it ended with. */
public final class SharedResults {

    private SharedResults() {
    }

    /**
     * Waits for the result; a failure is thrown as it was thrown to its maker (a not-found stays a not-found, a
     * database down stays unavailable), not wrapped in a {@link CompletionException}.
     */
    public static <T> T await(CompletableFuture<T> result) {
        try {
            return result.join();
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
