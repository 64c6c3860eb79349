package dk.kantinekort.command.bus;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * A transaction manager whose commit returns only when the commit is on disk: the group-commit bus answers its
 * callers after the commit returns, so an answer means "stored durably", one sync per batch.
 */
public final class SyncAfterCommit implements TransactionManager {

    private final TransactionManager delegate;
    private final EventStoreSync sync;

    public SyncAfterCommit(TransactionManager delegate, EventStoreSync sync) {
        this.delegate = delegate;
        this.sync = sync;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        return new Transaction() {
            @Override
            public void commit() {
                transaction.commit();
                sync.sync();
            }

            @Override
            public void rollback() {
                transaction.rollback();
            }
        };
    }
}
