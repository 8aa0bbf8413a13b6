package gr.etwinning.synedrio.application.service.cache;

import gr.etwinning.synedrio.application.port.in.cache.GetDataVersionsUseCase.Versions;
import gr.etwinning.synedrio.application.port.out.common.DataVersionPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One read of the versions serves every caller that arrived while the read before it ran, and only reads that
 * began after a caller arrived serve it (a write committed before a request is always seen).
 */
class DataVersionServiceTest {

    /** A database whose reads wait to be let through; read n answers version n. */
    private static final class HeldPort implements DataVersionPort {
        final Semaphore pass = new Semaphore(0);
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger waiting = new AtomicInteger();
        volatile RuntimeException failure;

        @Override
        public Versions read() {
            int n = started.incrementAndGet();
            waiting.incrementAndGet();
            pass.acquireUninterruptibly();
            waiting.decrementAndGet();
            if (failure != null) {
                throw failure;
            }
            return new Versions(n, n);
        }

        void awaitReadsStarted(int n) throws InterruptedException {
            while (started.get() < n || waiting.get() == 0) {
                Thread.sleep(1);
            }
        }
    }

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void callersArrivingDuringAReadShareTheNextReadWhichBeginsAfterThem() throws Exception {
        HeldPort port = new HeldPort();
        DataVersionService service = new DataVersionService(port);
        Future<Versions> first = callers.submit(service::versions);
        port.awaitReadsStarted(1);

        List<Future<Versions>> during = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            during.add(callers.submit(service::versions));
        }
        waitUntilQueued(service, 20);
        assertThat(port.started.get()).as("nobody reads for them while read 1 runs").isEqualTo(1);

        port.pass.release(); // read 1 ends: it serves the first caller only
        assertThat(first.get(10, TimeUnit.SECONDS).programme()).isEqualTo(1);
        port.awaitReadsStarted(2);
        port.pass.release();
        for (Future<Versions> f : during) {
            assertThat(f.get(10, TimeUnit.SECONDS).programme()).as("a read that began after the caller").isEqualTo(2);
        }
        assertThat(port.started.get()).as("one read for the twenty").isEqualTo(2);

        port.pass.release();
        assertThat(service.versions().programme()).as("alone: a read of its own, at once").isEqualTo(3);
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallReadsAgain() throws Exception {
        HeldPort port = new HeldPort();
        DataVersionService service = new DataVersionService(port);
        port.failure = new IllegalStateException("η βάση δεν απαντά");
        Future<Versions> first = callers.submit(service::versions);
        port.awaitReadsStarted(1);
        port.pass.release();
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("η βάση δεν απαντά");

        port.failure = null;
        port.pass.release();
        assertThat(service.versions().programme()).isEqualTo(2);
    }

    /** Waits until the service's next batch has that many callers (they are blocked in it). */
    private static void waitUntilQueued(DataVersionService service, int callers) throws InterruptedException {
        while (service.waitingForNextRead() < callers) {
            Thread.sleep(1);
        }
    }
}
