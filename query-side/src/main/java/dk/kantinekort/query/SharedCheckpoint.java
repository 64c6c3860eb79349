package dk.kantinekort.query;

import dk.kantinekort.api.durability.CoalescingFlush;

/**
 * A {@link ReadModelCheckpoint} that the projections' batches share (decision record 30): a batch that asks while
 * another batch's checkpoint runs waits for it and is then served, together with every other batch that asked
 * meanwhile, by one more checkpoint ({@link CoalescingFlush}). Each caller still returns only after a checkpoint
 * that began after it asked, so its writes are durable; but eight processors finishing their batches together cost
 * one store commit, not eight.
 */
public final class SharedCheckpoint implements ReadModelCheckpoint {

    private final CoalescingFlush flush;

    public SharedCheckpoint(ReadModelCheckpoint store) {
        this.flush = new CoalescingFlush(store::checkpoint);
    }

    @Override
    public void checkpoint() {
        flush.run();
    }

    /** How many checkpoints were asked for. */
    long asked() {
        return flush.asked();
    }

    /** How many checkpoints of the store were run, for tests and the benchmark's notes. */
    public long checkpointsRun() {
        return flush.flushesRun();
    }
}
