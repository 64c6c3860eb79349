package dk.kantinekort.query.audit;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads the event store for audits, lazily: the store hands out its events in batches and nothing here keeps more
 * than the event at hand. Close the streams (try-with-resources, or a Flux built on them).
 * <p>
 * The whole history is read straight from the storage engine when this service has one (the embedded default: the
 * JDBC engine pages through the event table, a batch per query, on the reading thread); where the event store is
 * remote (Axon Server in production) it is read through the store's tracking stream (decision records 12 and 27).
 */
@Component
public class EventHistory {

    /** How long the store may take to hand out the next event before the read is given up. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventStore eventStore;
    /** The engine under the event store when it is in this JVM, or null (read through the tracking stream). */
    private final EventStorageEngine storageEngine;

    @Autowired
    EventHistory(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine) {
        this(eventStore, storageEngine.getIfUnique());
    }

    EventHistory(EventStore eventStore, EventStorageEngine storageEngine) {
        this.eventStore = eventStore;
        this.storageEngine = storageEngine;
    }

    EventHistory(EventStore eventStore) {
        this(eventStore, (EventStorageEngine) null);
    }

    /** Every event of one aggregate in sequence, from the first (never from a snapshot). */
    Stream<? extends DomainEventMessage<?>> ofAggregate(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream();
    }

    /**
     * The whole history in the store's global order, up to the newest event at the time of the call. Events
     * committed later are left out, so the read ends.
     */
    public Stream<TrackedEventMessage<?>> upToHead() {
        TrackingToken head = storageEngine != null ? storageEngine.createHeadToken() : eventStore.createHeadToken();
        OptionalLong headPosition = head == null ? OptionalLong.empty() : head.position();
        if (headPosition.isEmpty() || headPosition.getAsLong() < 0) {
            return Stream.empty();
        }
        if (storageEngine != null) {
            return fromEngine(headPosition.getAsLong());
        }
        BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null);
        Iterator<TrackedEventMessage<?>> upToHead = new UpTo(events, headPosition.getAsLong());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(upToHead, Spliterator.ORDERED), false)
                .onClose(events::close);
    }

    /**
     * Pages through the storage engine (no blocking, no producer thread of the embedded store in between) and stops
     * after the event at the head position.
     */
    @SuppressWarnings("unchecked")
    private Stream<TrackedEventMessage<?>> fromEngine(long headPosition) {
        Stream<TrackedEventMessage<?>> events = (Stream<TrackedEventMessage<?>>) storageEngine.readEvents(null, false);
        return events.takeWhile(event -> event.trackingToken().position().orElse(Long.MAX_VALUE) <= headPosition)
                .onClose(events::close);
    }

    /** Reads a tailing stream until the event at the head position (or after it) was handed out. */
    private static final class UpTo implements Iterator<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private final long headPosition;
        private boolean reachedHead;

        UpTo(BlockingStream<TrackedEventMessage<?>> events, long headPosition) {
            this.events = events;
            this.headPosition = headPosition;
        }

        @Override
        public boolean hasNext() {
            if (reachedHead) {
                return false;
            }
            try {
                if (!events.hasNextAvailable((int) PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("The event store handed out no event for " + PATIENCE
                            + " before reaching position " + headPosition);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the event store", e);
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            TrackedEventMessage<?> event;
            try {
                event = events.nextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the event store", e);
            }
            if (event.trackingToken().position().orElse(Long.MAX_VALUE) >= headPosition) {
                reachedHead = true;
            }
            return event;
        }
    }
}
