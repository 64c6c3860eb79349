package dk.kantinekort.ui.staff.audit;

import dk.kantinekort.api.audit.LedgerCheckResult;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Afstemning af hovedbog (F17): runs a ledger check in the auditor's name and follows it until it answers; at most
 * one at a time from one page. The page asks {@link #state()} as it polls.
 */
class LedgerCheckDesk {

    /** Where the check of this page stands. */
    enum State { IDLE, RUNNING, DONE, FAILED }

    private static final Logger log = LoggerFactory.getLogger(LedgerCheckDesk.class);

    private final AuditQueries audit;
    private CompletableFuture<LedgerCheckResult> running;

    LedgerCheckDesk(AuditQueries audit) {
        this.audit = audit;
    }

    /** Starts a check unless this page's is still running. */
    State start() {
        if (state() != State.RUNNING) {
            try {
                running = audit.runLedgerCheck();
            } catch (RuntimeException e) {
                running = CompletableFuture.failedFuture(e);
            }
        }
        return state();
    }

    State state() {
        if (running == null) {
            return State.IDLE;
        }
        if (!running.isDone()) {
            return State.RUNNING;
        }
        if (running.isCompletedExceptionally() || running.getNow(null) == null) {
            running.exceptionally(e -> {
                log.warn("Ledger check failed: {}", e.toString());
                return null;
            });
            return State.FAILED;
        }
        return State.DONE;
    }

    /** The result of the check this page ran, once DONE. */
    Optional<LedgerCheckResult> result() {
        return state() == State.DONE ? Optional.of(running.join()) : Optional.empty();
    }

    /** The latest check of anybody's, on demand or nightly; empty before the first. */
    Optional<LedgerCheckResult> latest() {
        return audit.latestLedgerCheck();
    }
}
