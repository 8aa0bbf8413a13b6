package gr.etwinning.synedrio.application.fakes;

import gr.etwinning.synedrio.application.port.out.common.TransactionPort;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the work directly; if it throws, puts every registered fake back as it was before the work started, as a
 * database would roll back. Counts commits and rollbacks so that tests can see which happened.
 */
public final class FakeTransactionPort implements TransactionPort {

    private final List<Snapshotting> fakes;
    private int depth;
    private int commits;
    private int rollbacks;

    public FakeTransactionPort(Snapshotting... fakes) {
        this.fakes = List.of(fakes);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Runnable> restore = new ArrayList<>();
        fakes.forEach(f -> restore.add(f.snapshot()));
        depth++;
        try {
            T result = work.get();
            commits++;
            return result;
        } catch (RuntimeException | Error e) {
            restore.forEach(Runnable::run);
            rollbacks++;
            throw e;
        } finally {
            depth--;
        }
    }

    public int commits() {
        return commits;
    }

    public int rollbacks() {
        return rollbacks;
    }
}
