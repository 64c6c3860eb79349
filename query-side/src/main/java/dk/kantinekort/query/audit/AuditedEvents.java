package dk.kantinekort.query.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.meta.Metadata;
import java.io.IOException;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Turns stored events into {@link AuditedEvent}s. The payload is the event serializer's form of it: for an event read
 * from the store, the stored JSON itself (after upcasting), not deserialised and written again; amounts in øre,
 * sealed personal data still sealed. Only the events that moved money are deserialised: their signed amount and the
 * balance after come from {@link Movement}, the rule the ledger check folds by. Of the metadata only the three
 * entries every event carries are read, straight from its JSON (the serializer's form; decision record 27), and the
 * metadata is deserialised whole only where that form is no JSON object of plain values.
 */
@Component
class AuditedEvents {

    private static final JsonFactory JSON = new JsonFactory();

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
        Optional<BalanceChanged> moved = BalanceChanged.class.isAssignableFrom(event.getPayloadType())
                ? Optional.of((BalanceChanged) event.getPayload()) : Optional.empty();
        Recorded recorded = recorded(event);
        return new AuditedEvent(event.getIdentifier(), aggregateId, sequenceNumber, event.getTimestamp(),
                event.getPayloadType().getSimpleName(),
                event.serializePayload(eventSerializer, String.class).getData(),
                recorded.actor, recorded.channel, recorded.correlationId,
                moved.flatMap(Movement::of).map(Movement::signedAmount).orElse(null),
                moved.map(BalanceChanged::balanceAfter).orElse(null));
    }

    /** Who, through which channel, which request: from the metadata's JSON, or from the metadata read whole. */
    private Recorded recorded(EventMessage<?> event) {
        Recorded recorded = fromJson(event.serializeMetaData(eventSerializer, byte[].class).getData());
        if (recorded != null) {
            return recorded;
        }
        return new Recorded(metadata(event, Metadata.ACTOR), metadata(event, Metadata.CHANNEL),
                metadata(event, Metadata.CORRELATION_ID));
    }

    /**
     * The three entries' text, or null if the form is no JSON object or one of them is not a plain value (then the
     * metadata is read whole).
     */
    private static Recorded fromJson(byte[] metadata) {
        Recorded recorded = new Recorded(null, null, null);
        try (JsonParser parser = JSON.createParser(metadata)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                boolean wanted = Metadata.ACTOR.equals(name) || Metadata.CHANNEL.equals(name)
                        || Metadata.CORRELATION_ID.equals(name);
                if (!wanted) {
                    parser.skipChildren();
                } else if (!value.isScalarValue()) {
                    return null;
                } else {
                    recorded = recorded.with(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                }
            }
            return recorded;
        } catch (IOException e) {
            return null;
        }
    }

    private static String metadata(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private record Recorded(String actor, String channel, String correlationId) {

        Recorded with(String key, String value) {
            return switch (key) {
                case Metadata.ACTOR -> new Recorded(value, channel, correlationId);
                case Metadata.CHANNEL -> new Recorded(actor, value, correlationId);
                default -> new Recorded(actor, channel, value);
            };
        }
    }
}
