package dk.kantinekort.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedCheckpointTest {

    /** A store whose checkpoint makes durable exactly the writes made before it began. */
    static final class CountingStore implements ReadModelCheckpoint {
        final AtomicLong written = new AtomicLong();
        final AtomicLong durable = new AtomicLong();
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch firstRunning = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public void checkpoint() {
            long upTo = written.get();
            runs.incrementAndGet();
            firstRunning.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            durable.accumulateAndGet(upTo, Math::max);
        }
    }

    @Test
    void everyCallerReturnsOnlyOnceItsWritesAreDurable() throws Exception {
        CountingStore store = new CountingStore();
        SharedCheckpoint shared = new SharedCheckpoint(store);
        ExecutorService batches = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            answers.add(batches.submit(() -> {
                long mine = store.written.incrementAndGet();
                shared.checkpoint();
                return store.durable.get() >= mine;
            }));
        }
        for (Future<Boolean> answer : answers) {
            assertThat(answer.get()).isTrue();
        }
        batches.shutdown();
    }

    @Test
    void batchesThatAskWhileACheckpointRunsShareTheNextOne() throws Exception {
        CountingStore store = new CountingStore();
        store.release = new CountDownLatch(1);
        SharedCheckpoint shared = new SharedCheckpoint(store);
        ExecutorService batches = Executors.newFixedThreadPool(8);
        Future<?> first = batches.submit(shared::checkpoint);
        store.firstRunning.await();
        List<Future<?>> waiting = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            waiting.add(batches.submit(shared::checkpoint));
        }
        await().until(() -> shared.asked() == 8);

        store.release.countDown();
        first.get();
        for (Future<?> w : waiting) {
            w.get();
        }

        assertThat(store.runs.get()).isEqualTo(2);
        assertThat(shared.checkpointsRun()).isEqualTo(2);
        batches.shutdown();
    }
}
