package dk.kantinekort.query.proof;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * What the hash chain covers of one stored event: its place (aggregate, sequence number), identity, time (epoch
 * milliseconds, the precision every store keeps), payload type and revision, the payload bytes as the store holds
 * them (sealed personal data still sealed) and the metadata, sorted by key.
 * <p>
 * The payload is taken with {@code serializePayload} and the same serializer that read it, which for a message read
 * from the store hands back the stored bytes rather than serialising the object again: an event class that later
 * gains a field does not change the hash of the events stored before.
 */
record StoredEvent(String aggregateId, long sequenceNumber, String eventId, long epochMillis, String payloadType,
                   String payloadRevision, byte[] payload, SortedMap<String, String> metadata) {

    /** The aggregate type whose events form the chains: the card accounts. */
    static final String ACCOUNT_AGGREGATE = "CardAccount";

    static boolean isAccountEvent(DomainEventMessage<?> event) {
        return ACCOUNT_AGGREGATE.equals(event.getType()) && event.getAggregateIdentifier() != null;
    }

    static StoredEvent of(DomainEventMessage<?> event, Serializer eventSerializer) {
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        SortedMap<String, String> metadata = new TreeMap<>();
        for (Map.Entry<String, ?> entry : event.getMetaData().entrySet()) {
            metadata.put(entry.getKey(), String.valueOf(entry.getValue()));
        }
        return new StoredEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                event.getTimestamp().toEpochMilli(), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), metadata);
    }
}
