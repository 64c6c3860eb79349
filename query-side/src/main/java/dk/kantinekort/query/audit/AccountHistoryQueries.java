package dk.kantinekort.query.audit;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.AuditedEventBatch;
import dk.kantinekort.api.audit.BalanceAt;
import dk.kantinekort.api.audit.FindAccountHistory;
import dk.kantinekort.api.audit.FindBalanceAt;
import dk.kantinekort.api.audit.StreamHistory;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The auditors' view of one account, and the export: answered from the event store, never from a read model. */
@Component
class AccountHistoryQueries {

    /**
     * Events per answer of the export: the query bus carries one message per batch, not per event (decision record
     * 27), and what an export holds in memory is a batch or two, whatever the history's length.
     */
    static final int EXPORT_BATCH = 500;

    private final EventHistory history;
    private final AuditedEvents audited;

    AccountHistoryQueries(EventHistory history, AuditedEvents audited) {
        this.history = history;
        this.audited = audited;
    }

    @QueryHandler
    List<AuditedEvent> handle(FindAccountHistory query) {
        if (query.accountId() == null || query.accountId().isBlank()) {
            return List.of();
        }
        try (Stream<? extends DomainEventMessage<?>> events = history.ofAggregate(query.accountId())) {
            return events.map(audited::of).toList();
        }
    }

    /** Folds the account's events up to the instant; null when the account has no events at all. */
    @QueryHandler
    BalanceAt handle(FindBalanceAt query) {
        if (query.accountId() == null || query.accountId().isBlank() || query.at() == null) {
            return null;
        }
        BalanceFold fold = new BalanceFold(query.accountId());
        boolean any = false;
        boolean opened = false;
        try (Stream<? extends DomainEventMessage<?>> events = history.ofAggregate(query.accountId())) {
            Iterator<? extends DomainEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                DomainEventMessage<?> event = it.next();
                any = true;
                if (event.getTimestamp().isAfter(query.at())) {
                    break;
                }
                opened = true;
                if (event.getPayload() instanceof BalanceChanged changed) {
                    fold.apply(changed, event.getSequenceNumber());
                }
            }
        }
        if (!any) {
            return null;
        }
        return new BalanceAt(query.accountId(), query.at(), opened, fold.balance(), fold.lastSequenceNumber(),
                fold.folded(), fold.inconsistencies().isEmpty(), fold.inconsistencies());
    }

    /**
     * The export: one account's events or the whole history in batches of {@link #EXPORT_BATCH}, read lazily as the
     * subscriber asks for more batches. The store is opened at subscription and closed when the subscriber completes
     * or cancels.
     */
    @QueryHandler
    Flux<AuditedEventBatch> handle(StreamHistory query) {
        Flux<AuditedEvent> events = query.accountId() == null
                ? Flux.fromStream(() -> history.upToHead().map(audited::of))
                : Flux.fromStream(() -> history.ofAggregate(query.accountId()).map(audited::of));
        return events.buffer(EXPORT_BATCH).map(AuditedEventBatch::new);
    }
}
