package dk.kantinekort.query.projection;

import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * What a failing projection handler does with its event: a failure of the handler itself (a bug, data it cannot
 * handle) parks the event as a dead letter, with the error, for staff to see and retry; it is never dropped. A
 * read-model store that cannot be reached is no fault of the event: that failure is thrown on, so the processor
 * stops the batch and retries it by itself when the store is back (nothing for staff to do).
 */
class ProjectionFailurePolicy implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (storeUnreachable(cause)) {
            throw new ReadModelStoreUnreachable(cause);
        }
        return Decisions.enqueue(cause);
    }

    static boolean storeUnreachable(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof MongoTimeoutException || c instanceof MongoSocketException
                    || c instanceof MongoNotPrimaryException || c instanceof MongoNodeIsRecoveringException
                    || (c instanceof MongoException m && m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
                return true;
            }
        }
        return false;
    }

    /** The read-model store could not be reached while projecting; the processor retries the batch. */
    static final class ReadModelStoreUnreachable extends RuntimeException {

        ReadModelStoreUnreachable(Throwable cause) {
            super("The read-model store could not be reached; the batch is retried", cause);
        }
    }
}
