package dk.kantinekort.app.core.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

class ReadModelCommitInterceptorTest {

    private final AtomicInteger commits = new AtomicInteger();
    private final ReadModelCommitInterceptor interceptor = new ReadModelCommitInterceptor(commits::incrementAndGet);

    @Test
    void aBatchCommitsTheReadModelsOnceBeforeItsTransactionCommits() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = batchOf(3);
        AtomicInteger commitsWhenTransactionCommitted = new AtomicInteger(-1);
        batch.onCommit(unitOfWork -> commitsWhenTransactionCommitted.set(commits.get()));

        batch.executeWithResult(() -> interceptor.handle(batch, () -> null));

        assertThat(commits).hasValue(1);
        assertThat(commitsWhenTransactionCommitted).as("the token transaction commits after the read models")
                .hasValue(1);
    }

    @Test
    void aFailedBatchDoesNotCommitTheReadModels() {
        BatchingUnitOfWork<EventMessage<?>> batch = batchOf(2);

        batch.executeWithResult(() -> interceptor.handle(batch, () -> {
            throw new IllegalStateException("projection failed");
        }));

        assertThat(commits).hasValue(0);
    }

    private static BatchingUnitOfWork<EventMessage<?>> batchOf(int size) {
        List<EventMessage<?>> events = java.util.stream.IntStream.range(0, size)
                .<EventMessage<?>>mapToObj(GenericEventMessage::new).toList();
        return new BatchingUnitOfWork<>(events);
    }
}
