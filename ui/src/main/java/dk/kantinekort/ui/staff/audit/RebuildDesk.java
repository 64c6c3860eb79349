package dk.kantinekort.ui.staff.audit;

import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.api.audit.RebuildStarted;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Genopbyg læsemodeller (F17): starts a rebuild in the auditor's name and follows its progress until the read
 * models are READY again. A start while one runs is refused by the query side and said so.
 */
class RebuildDesk {

    /** What the page shows now: the start waiting for its answer, a refusal, a failure, or the read models' state. */
    enum Stage { STARTING, STARTED, REFUSED_IN_PROGRESS, FAILED, REBUILDING, READY }

    /** The stage with the status it was read from (null while starting or failed). */
    record Progress(Stage stage, ReadModelStatus status) {

        boolean waiting() {
            return stage == Stage.STARTING || stage == Stage.STARTED || stage == Stage.REFUSED_IN_PROGRESS
                    || stage == Stage.REBUILDING;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RebuildDesk.class);

    private final AuditQueries audit;
    private CompletableFuture<RebuildStarted> starting;
    private boolean startAnswered;

    RebuildDesk(AuditQueries audit) {
        this.audit = audit;
    }

    /** Asks for a rebuild; the answer comes with the next {@link #progress()}. */
    Progress start() {
        startAnswered = false;
        try {
            starting = audit.startRebuild();
        } catch (RuntimeException e) {
            starting = CompletableFuture.failedFuture(e);
        }
        return progress();
    }

    /**
     * Where the rebuild stands: first the answer to the start (once), then the read models' state as the query
     * side says it now. Throws IllegalStateException when the query side does not answer.
     */
    Progress progress() {
        if (starting != null && !startAnswered) {
            if (!starting.isDone()) {
                return new Progress(Stage.STARTING, null);
            }
            startAnswered = true;
            RebuildStarted answer;
            try {
                answer = starting.join();
            } catch (RuntimeException e) {
                log.warn("Read-model rebuild could not be started: {}", e.toString());
                return new Progress(Stage.FAILED, null);
            }
            if (answer == null) {
                return new Progress(Stage.FAILED, null);
            }
            return new Progress(answer.started() ? Stage.STARTED : Stage.REFUSED_IN_PROGRESS, answer.status());
        }
        ReadModelStatus status = audit.readModelStatus();
        return new Progress(status.state() == ReadModelStatus.State.REBUILDING ? Stage.REBUILDING : Stage.READY,
                status);
    }
}
