package dk.kantinekort.query.proof;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import dk.kantinekort.api.scheme.SchemePart;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.query.projection.ReadModelBatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Extends each account's hash chain as its events arrive, on a tracking processor of its own
 * ({@value #GROUP}): nothing on the till's path waits for it. An entry links to the one before; when that one is
 * missing (the part was switched on later, or a batch was lost) the chain is recomputed from the stored events.
 * The chain is evidence, not a view: a read-model rebuild does not reset this processor, and an event already
 * chained is never chained again.
 */
@Component
@ProcessingGroup(StatementChainProjection.GROUP)
class StatementChainProjection {

    static final String GROUP = "statement-chain";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final ChainCollections collections;
    private final AccountChain accountChain;
    private final Serializer eventSerializer;
    private final SchemeParts parts;
    private final CommittedChainHeads committedHeads;

    StatementChainProjection(ChainCollections collections, AccountChain accountChain,
                             @Qualifier("eventSerializer") Serializer eventSerializer, SchemeParts parts,
                             CommittedChainHeads committedHeads) {
        this.collections = collections;
        this.accountChain = accountChain;
        this.eventSerializer = eventSerializer;
        this.parts = parts;
        this.committedHeads = committedHeads;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        if (!parts.isOn(SchemePart.STATEMENT_PROOFS) || !StoredEvent.isAccountEvent(event)) {
            return;
        }
        String accountId = event.getAggregateIdentifier();
        long position = event.getSequenceNumber();
        Map<String, ChainEntry> heads = batchHeads();
        ChainEntry head = heads.containsKey(accountId) ? heads.get(accountId)
                : committedHeads.head(accountId).or(() -> collections.head(accountId)).orElse(null);
        if (head != null && head.position() >= position) {
            return; // chained already (a batch handled again)
        }
        AccountChain.Walk walk;
        if (position == 0) {
            walk = new AccountChain.Walk();
        } else if (head != null && head.position() == position - 1) {
            walk = new AccountChain.Walk(ChainLink.fromHex(head.hash()), head.balanceAfter());
        } else {
            walk = new AccountChain.Walk();
            List<ChainEntry> missing = accountChain.upTo(accountId, position - 1);
            missing.forEach(this::write);
            Optional<ChainEntry> last = missing.isEmpty() ? Optional.empty()
                    : Optional.of(missing.get(missing.size() - 1));
            if (last.isPresent()) {
                walk = new AccountChain.Walk(ChainLink.fromHex(last.get().hash()), last.get().balanceAfter());
            }
        }
        ChainEntry entry = walk.next(event, eventSerializer);
        write(entry);
        heads.put(accountId, entry);
        ReadModelBatch.current().write(collections.heads, new ReplaceOneModel<>(
                Filters.eq(ChainCollections.ID, accountId),
                ChainCollections.entry(entry).append(ChainCollections.ID, accountId), UPSERT));
    }

    /** The heads this batch wrote, handed to {@link CommittedChainHeads} once the batch has committed. */
    private Map<String, ChainEntry> batchHeads() {
        ReadModelBatch batch = ReadModelBatch.current();
        return batch.state(StatementChainProjection.class, () -> {
            Map<String, ChainEntry> heads = new HashMap<>();
            batch.afterCommit(() -> committedHeads.committed(heads));
            return heads;
        });
    }

    private void write(ChainEntry entry) {
        ReadModelBatch.current().write(collections.entries, new ReplaceOneModel<>(
                Filters.eq(ChainCollections.ID, ChainCollections.key(entry.accountId(), entry.position())),
                ChainCollections.entry(entry), UPSERT));
    }
}
