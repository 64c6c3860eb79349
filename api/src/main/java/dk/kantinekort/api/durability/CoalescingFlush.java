package dk.kantinekort.api.durability;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A flush to disk that callers arriving together share (decision record 30): a caller that asks while a flush runs
 * waits for it and is then served, together with everyone else who asked meanwhile, by one more flush. Each caller
 * returns only after a flush that began after it asked, so what it wrote before asking is covered; but many
 * callers finishing together cost one flush, not one each. Used for the event store's sync after each command batch
 * and for the read-model store's commit after each projection batch.
 */
public final class CoalescingFlush {

    private final Runnable flush;
    private final AtomicLong asked = new AtomicLong();
    private final Object lock = new Object();
    private long servedUpTo;
    private long flushes;

    public CoalescingFlush(Runnable flush) {
        this.flush = flush;
    }

    /** Returns once a flush that began after this call has ended. */
    public void run() {
        long ticket = asked.incrementAndGet();
        synchronized (lock) {
            if (servedUpTo >= ticket) {
                return; // a flush that began after this caller asked has ended
            }
            long upTo = asked.get(); // those callers asked before this flush begins: it covers them
            flush.run();
            servedUpTo = upTo;
            flushes++;
        }
    }

    /** How many flushes were asked for. */
    public long asked() {
        return asked.get();
    }

    /** How many flushes were run. */
    public long flushesRun() {
        synchronized (lock) {
            return flushes;
        }
    }
}
