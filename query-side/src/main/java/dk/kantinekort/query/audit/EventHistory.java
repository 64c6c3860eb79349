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
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads the event store for audits, lazily: the store hands out its events in batches and nothing here keeps more
 * than the event at hand. Close the streams (try-with-resources, or a Flux built on them).
 */
@Component
public class EventHistory {

    /** How long the store may take to hand out the next event before the read is given up. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventStore eventStore;

    EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
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
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong headPosition = head == null ? OptionalLong.empty() : head.position();
        if (headPosition.isEmpty() || headPosition.getAsLong() < 0) {
            return Stream.empty();
        }
        BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null);
        Iterator<TrackedEventMessage<?>> upToHead = new UpTo(events, headPosition.getAsLong());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(upToHead, Spliterator.ORDERED), false)
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
