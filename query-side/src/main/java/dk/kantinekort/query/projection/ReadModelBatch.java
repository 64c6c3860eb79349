package dk.kantinekort.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The read-model writes of one event-processor batch. Handlers queue their writes here; they go to MongoDB as
 * one ordered bulkWrite per collection when the batch's last event was handled — before the processor stores
 * its token, so a token is never ahead of the data it stands for. Handlers that must see what an earlier event
 * of the same batch wrote keep that in the batch's {@link #state}.
 */
public final class ReadModelBatch {

    private static final String RESOURCE = ReadModelBatch.class.getName();
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);

    private final Map<String, Pending> writes = new LinkedHashMap<>();
    private final Map<Object, Object> state = new HashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();

    private ReadModelBatch() {
    }

    /** The batch of the unit of work that is processing events on this thread. */
    public static ReadModelBatch current() {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("Read-model writes happen in an event handler's unit of work");
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> start(unitOfWork));
    }

    /** Sends the queued writes of the current batch, if one was started. */
    static void flushCurrent() {
        if (CurrentUnitOfWork.isStarted()) {
            ReadModelBatch batch = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (batch != null) {
                batch.flush();
            }
        }
    }

    private static ReadModelBatch start(UnitOfWork<?> unitOfWork) {
        ReadModelBatch batch = new ReadModelBatch();
        // A safety net only: the processors' interceptor flushes earlier, at the end of the batch.
        unitOfWork.onPrepareCommit(u -> batch.flush());
        unitOfWork.onRollback(u -> batch.discard());
        unitOfWork.afterCommit(u -> batch.afterCommit.forEach(Runnable::run));
        return batch;
    }

    /** Queues a write; writes to one collection keep their order. */
    public void write(MongoCollection<Document> collection, WriteModel<Document> write) {
        writes.computeIfAbsent(collection.getNamespace().getFullName(), name -> new Pending(collection))
                .models.add(write);
    }

    /** Batch-local state under {@code key}, created on first use; gone when the batch ends. */
    @SuppressWarnings("unchecked")
    public <T> T state(Object key, Supplier<T> initial) {
        return (T) state.computeIfAbsent(key, k -> initial.get());
    }

    /**
     * Runs {@code action} once the batch has committed: its writes are in the read-model store and the token that
     * stands for them is stored. Never runs for a batch that rolled back.
     */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    void flush() {
        for (Pending pending : writes.values()) {
            if (!pending.models.isEmpty()) {
                pending.collection.bulkWrite(pending.models, IN_ORDER);
            }
        }
        writes.clear();
    }

    private void discard() {
        writes.clear();
        state.clear();
        afterCommit.clear();
    }

    private record Pending(MongoCollection<Document> collection, List<WriteModel<Document>> models) {
        Pending(MongoCollection<Document> collection) {
            this(collection, new ArrayList<>());
        }
    }
}
