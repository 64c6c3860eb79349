package dk.kantinekort.query.proof;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Recomputes an account's chain from the events as the store holds them now, from the first event (never from a
 * snapshot): what the chain kept next to the store and the heads published outside it are compared with.
 */
@Component
class AccountChain {

    private final EventStore eventStore;
    private final Serializer eventSerializer;

    AccountChain(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
    }

    /** The account's chain from the first event up to {@code lastPosition} (inclusive), as the store gives it now. */
    List<ChainEntry> upTo(String accountId, long lastPosition) {
        List<ChainEntry> chain = new ArrayList<>();
        Walk walk = new Walk();
        try (Stream<? extends DomainEventMessage<?>> events = eventStore.readEvents(accountId, 0L).asStream()) {
            Iterator<? extends DomainEventMessage<?>> it = events.iterator();
            while (it.hasNext()) {
                DomainEventMessage<?> event = it.next();
                if (event.getSequenceNumber() > lastPosition) {
                    break;
                }
                chain.add(walk.next(event, eventSerializer));
            }
        }
        return chain;
    }

    /** The running state of a chain being recomputed: the last hash and the balance so far. */
    static final class Walk {
        private byte[] hash = ChainLink.GENESIS;
        private Money balance;

        Walk() {
        }

        Walk(byte[] hash, Money balance) {
            this.hash = hash;
            this.balance = balance;
        }

        ChainEntry next(DomainEventMessage<?> event, Serializer eventSerializer) {
            StoredEvent stored = StoredEvent.of(event, eventSerializer);
            hash = ChainLink.next(hash, stored);
            if (event.getPayload() instanceof BalanceChanged changed && changed.balanceAfter() != null) {
                balance = changed.balanceAfter();
            }
            return ChainEntry.of(stored, hash, event.getTimestamp(), balance);
        }
    }
}
