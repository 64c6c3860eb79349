package dk.kantinekort.app.core.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Commits the embedded read-model store once per event-processor batch, in the prepare-commit phase.
 *
 * <p>Why: mongo-java-server's H2 backend writes its MVStore file up to a second late, while the processor's
 * token is committed at once in the event-store database. After a kill -9 the token would then be ahead of
 * the read models and the lost updates would never be replayed (ARCHITECTURE.md, "Durability"). Prepare
 * commit runs before the token transaction commits, so the read models are on disk first.
 */
final class ReadModelCommitInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String REGISTERED = ReadModelCommitInterceptor.class.getName() + ".registered";

    private final Runnable commitReadModels;

    ReadModelCommitInterceptor(Runnable commitReadModels) {
        this.commitReadModels = commitReadModels;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        UnitOfWork<?> root = unitOfWork.root();
        // a batch runs every event through this interceptor: commit once per batch, not once per event
        root.resources().computeIfAbsent(REGISTERED, key -> {
            root.onPrepareCommit(committing -> commitReadModels.run());
            return Boolean.TRUE;
        });
        return interceptorChain.proceed();
    }
}
