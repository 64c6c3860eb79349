package dk.kantinekort.query.audit;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.meta.Metadata;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Turns stored events into {@link AuditedEvent}s. The payload is written by the event serializer itself, so it has
 * the shape the store holds (after upcasting): amounts in øre, sealed personal data still sealed. The signed amount
 * and the balance after come from {@link Movement}, the rule the ledger check folds by.
 */
@Component
class AuditedEvents {

    private final Serializer eventSerializer;

    AuditedEvents(@Qualifier("eventSerializer") Serializer eventSerializer) {
        this.eventSerializer = eventSerializer;
    }

    AuditedEvent of(EventMessage<?> event) {
        String aggregateId = null;
        Long sequenceNumber = null;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateId = domainEvent.getAggregateIdentifier();
            sequenceNumber = domainEvent.getSequenceNumber();
        }
        Optional<BalanceChanged> moved = event.getPayload() instanceof BalanceChanged changed
                ? Optional.of(changed) : Optional.empty();
        return new AuditedEvent(event.getIdentifier(), aggregateId, sequenceNumber, event.getTimestamp(),
                event.getPayloadType().getSimpleName(),
                eventSerializer.serialize(event.getPayload(), String.class).getData(),
                metadata(event, Metadata.ACTOR), metadata(event, Metadata.CHANNEL),
                metadata(event, Metadata.CORRELATION_ID),
                moved.flatMap(Movement::of).map(Movement::signedAmount).orElse(null),
                moved.map(BalanceChanged::balanceAfter).orElse(null));
    }

    private static String metadata(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
