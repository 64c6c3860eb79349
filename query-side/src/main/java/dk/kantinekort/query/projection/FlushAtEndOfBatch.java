package dk.kantinekort.query.projection;

import dk.kantinekort.query.ReadModelCheckpoint;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Sends a batch's read-model writes right after its last event was handled. A prepare-commit callback would be
 * too late: the tracking processor registers its own prepare-commit step (storing the token) before any handler
 * runs, and callbacks of one phase run in registration order. After the writes, the {@link ReadModelCheckpoint}
 * makes them durable, so a token on disk never runs ahead of its data (decision record 5).
 */
public final class FlushAtEndOfBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ReadModelCheckpoint checkpoint;
    private final ProjectionLag lag;

    public FlushAtEndOfBatch(ReadModelCheckpoint checkpoint) {
        this(checkpoint, ProjectionLag.NONE);
    }

    /** Also records the lag of the batch's events once their writes are visible ({@link ProjectionLag}). */
    public FlushAtEndOfBatch(ReadModelCheckpoint checkpoint, ProjectionLag lag) {
        this.checkpoint = checkpoint;
        this.lag = lag;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            ReadModelBatch.flushCurrent();
            checkpoint.checkpoint();
            lag.visible(List.of(unitOfWork.getMessage()));
        } else if (batch.isLastMessage()) {
            ReadModelBatch.flushCurrent();
            checkpoint.checkpoint();
            lag.visible(batch.getMessages());
        }
        return result;
    }
}
