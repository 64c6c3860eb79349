package dk.kantinekort.query.audit;

import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.meta.Metadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Turns stored events into {@link AuditedEvent}s. The payload is written by the event serializer itself, so it has
 * the shape the store holds (after upcasting): amounts in øre, sealed personal data still sealed.
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
        return new AuditedEvent(event.getIdentifier(), aggregateId, sequenceNumber, event.getTimestamp(),
                event.getPayloadType().getSimpleName(),
                eventSerializer.serialize(event.getPayload(), String.class).getData(),
                metadata(event, Metadata.ACTOR), metadata(event, Metadata.CHANNEL),
                metadata(event, Metadata.CORRELATION_ID));
    }

    private static String metadata(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
