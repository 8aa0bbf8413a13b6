package gr.etwinning.synedrio.adapter.out.persistence;

import gr.etwinning.synedrio.application.UnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTurnsTest {

    private Database database;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @BeforeEach
    void open() {
        database = new Database(TestDatabases.h2(), 1, 400); // no schema needed: the transactions read nothing
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        database.close();
    }

    /** Starts a transaction on another thread that holds the only connection until released. */
    private CountDownLatch holdTheOnlyConnection(CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        pool.submit(() -> database.inTransaction(() -> {
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return holding;
    }

    @Test
    void aTransactionThatCannotGetItsTurnInTimeIsRefusedAsUnavailableAndRunsOnceThereIsRoom() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        holdTheOnlyConnection(release);

        long start = System.nanoTime();
        assertThatThrownBy(() -> database.inTransaction(() -> "never"))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("busy").hasMessageContaining("400 ms");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(350L, 5_000L);

        release.countDown();
        assertThat(database.inTransaction(() -> "ran")).isEqualTo("ran");
    }

    @Test
    void transactionsWaitingForTheOnlyConnectionRunInTheOrderTheyAsked() throws Exception {
        database.close();
        database = new Database(TestDatabases.h2(), 1, 10_000);
        CountDownLatch release = new CountDownLatch(1);
        holdTheOnlyConnection(release);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> waiting = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int me = i;
            waiting.add(pool.submit(() -> database.inTransaction(() -> order.add(me))));
            Thread.sleep(100); // each asks after the one before is already waiting
        }
        release.countDown();
        for (Future<?> f : waiting) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(order).containsExactly(1, 2, 3);
    }

    @Test
    void aWaitInterruptedIsRefusedAsUnavailableAndKeepsTheInterrupt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        holdTheOnlyConnection(release);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                database.inTransaction(() -> "never");
            } catch (RuntimeException e) {
                failure.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();
        waiter.join(5_000);
        release.countDown();
        assertThat(failure.get()).isInstanceOf(UnavailableException.class).hasMessageContaining("interrupted");
        assertThat(stillInterrupted.get()).isTrue();
    }
}
