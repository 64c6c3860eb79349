package dk.kantinekort.query;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ReadModelCheckpoint} that the projections' batches share (decision record 30): a batch that asks while
 * another batch's checkpoint runs waits for it and is then served, together with every other batch that asked
 * meanwhile, by one more checkpoint. Each caller still returns only after a checkpoint that began after it asked,
 * so its writes are durable; but eight processors finishing their batches together cost one store commit, not eight.
 */
public final class SharedCheckpoint implements ReadModelCheckpoint {

    private final ReadModelCheckpoint store;
    private final AtomicLong asked = new AtomicLong();
    private final Object lock = new Object();
    private long servedUpTo;
    private long checkpoints;

    public SharedCheckpoint(ReadModelCheckpoint store) {
        this.store = store;
    }

    @Override
    public void checkpoint() {
        long ticket = asked.incrementAndGet();
        synchronized (lock) {
            if (servedUpTo >= ticket) {
                return; // a checkpoint that began after this call asked has made its writes durable
            }
            long upTo = asked.get();
            store.checkpoint();
            servedUpTo = upTo;
            checkpoints++;
        }
    }

    /** How many checkpoints were asked for. */
    long asked() {
        return asked.get();
    }

    /** How many checkpoints of the store were run, for tests and the benchmark's notes. */
    public long checkpointsRun() {
        synchronized (lock) {
            return checkpoints;
        }
    }
}
