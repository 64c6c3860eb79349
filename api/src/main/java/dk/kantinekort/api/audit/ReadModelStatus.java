package dk.kantinekort.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * The state of the read models: READY, or REBUILDING while a replay runs (answers may then be incomplete), with
 * the latest rebuild (null fields when there was none since this instance started) and each processor's progress.
 */
public record ReadModelStatus(State state, String rebuildId, String requestedBy, Instant startedAt,
                              Instant finishedAt, List<ProcessorProgress> processors) {

    /** READY: the read models are complete; REBUILDING: a replay is filling them again. */
    public enum State { READY, REBUILDING }

    /** Progress of one tracking processor: its position against the event store's head; done when caught up. */
    public record ProcessorProgress(String processor, Long position, Long head, boolean replaying, boolean done) {
    }
}
