package dk.kantinekort.query.audit;

import static dk.kantinekort.query.LedgerEvents.newCardNumber;
import static dk.kantinekort.query.LedgerEvents.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.AuditedEventBatch;
import dk.kantinekort.api.audit.StreamHistory;
import dk.kantinekort.query.LedgerEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

/**
 * The export handler reads the store as its subscriber asks for batches, never the whole history first: counted at
 * the event store's own streams, through the tracking stream (a remote store) and straight from the storage engine
 * (the embedded default).
 */
class HistoryExportStreamingTest {

    private static final int EVENTS_PER_ACCOUNT = 300;

    private final AtomicInteger pulled = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger pulledFromEngine = new AtomicInteger();
    private final AtomicBoolean engineClosed = new AtomicBoolean();
    private EmbeddedEventStore realStore;
    private LedgerEvents ledger;
    private AccountHistoryQueries handler;
    private AccountHistoryQueries handlerOnTheEngine;
    private String accountId;

    @BeforeEach
    void aStoreWithTwoBusyAccounts() {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        realStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        ledger = new LedgerEvents(realStore);
        Instant at = Instant.now();
        accountId = ledger.openAccount(newId(), "Ida Elev", "0101121234", newCardNumber(), at);
        String other = ledger.openAccount(newId(), "Bo Elev", "0202121234", newCardNumber(), at);
        for (int i = 1; i <= EVENTS_PER_ACCOUNT; i++) {
            ledger.deposit(accountId, 100, 100L * i, at);
            ledger.deposit(other, 100, 100L * i, at);
        }
        EventStore counted = spy(realStore);
        doAnswer(call -> counting((BlockingStream<TrackedEventMessage<?>>) call.callRealMethod()))
                .when(counted).openStream(any());
        doAnswer(call -> DomainEventStream.of(((DomainEventStream) call.callRealMethod()).asStream()
                .peek(e -> pulled.incrementAndGet())))
                .when(counted).readEvents(anyString(), anyLong());
        handler = new AccountHistoryQueries(new EventHistory(counted),
                new AuditedEvents(JacksonSerializer.defaultSerializer()));
        EventStorageEngine countedEngine = spy(engine);
        doAnswer(call -> ((Stream<?>) call.callRealMethod()).peek(e -> pulledFromEngine.incrementAndGet())
                .onClose(() -> engineClosed.set(true)))
                .when(countedEngine).readEvents(any(), anyBoolean());
        handlerOnTheEngine = new AccountHistoryQueries(new EventHistory(counted, countedEngine),
                new AuditedEvents(JacksonSerializer.defaultSerializer()));
    }

    @AfterEach
    void closeStore() {
        realStore.shutDown();
    }

    @Test
    void theWholeHistoryIsReadOnlyAsFarAsTheSubscriberAsked() {
        Partial first = new Partial(1);
        handler.handle(StreamHistory.wholeHistory()).subscribe(first);

        await().atMost(Duration.ofSeconds(10)).until(() -> first.received.size() == 1);
        assertThat(first.received.get(0).events()).hasSize(AccountHistoryQueries.EXPORT_BATCH);
        // the stream's iterator looks one event ahead to know whether there is a next one
        assertThat(pulled.get()).as("events taken from the store")
                .isLessThanOrEqualTo(AccountHistoryQueries.EXPORT_BATCH + 1);
        first.cancel();
        await().atMost(Duration.ofSeconds(10)).untilTrue(closed);
    }

    @Test
    void theWholeHistoryEndsAtTheNewestEventWithEveryEventOnceInBatches() {
        List<AuditedEvent> all = events(handler.handle(StreamHistory.wholeHistory()).collectList()
                .block(Duration.ofSeconds(30)));

        assertThat(all).hasSize(2 * (EVENTS_PER_ACCOUNT + 3));
        assertThat(all).extracting(AuditedEvent::eventId).doesNotHaveDuplicates();
        assertThat(closed).isTrue();
    }

    @Test
    void theWholeHistoryReadFromTheStorageEngineIsTheSameAsThroughTheEventStoresStream() {
        List<AuditedEvent> throughTheStream = events(handler.handle(StreamHistory.wholeHistory()).collectList()
                .block(Duration.ofSeconds(30)));

        List<AuditedEvent> fromTheEngine = events(handlerOnTheEngine.handle(StreamHistory.wholeHistory())
                .collectList().block(Duration.ofSeconds(30)));

        assertThat(pulledFromEngine.get()).as("read from the engine, not the store's stream").isPositive();
        assertThat(fromTheEngine).isEqualTo(throughTheStream);
        assertThat(engineClosed).isTrue();
    }

    @Test
    void theWholeHistoryFromTheStorageEngineIsReadOnlyAsFarAsTheSubscriberAsked() {
        Partial first = new Partial(1);
        handlerOnTheEngine.handle(StreamHistory.wholeHistory()).subscribe(first);

        await().atMost(Duration.ofSeconds(10)).until(() -> first.received.size() == 1);
        assertThat(pulledFromEngine.get()).isLessThanOrEqualTo(AccountHistoryQueries.EXPORT_BATCH + 1);
        first.cancel();
        await().atMost(Duration.ofSeconds(10)).untilTrue(engineClosed);
    }

    @Test
    void theWholeHistoryFromTheStorageEngineLeavesOutWhatWasCommittedAfterTheReadBegan() {
        List<AuditedEvent> seen = new CopyOnWriteArrayList<>();
        Partial first = new Partial(1);
        handlerOnTheEngine.handle(StreamHistory.wholeHistory()).subscribe(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.received.size() == 1);
        ledger.deposit(accountId, 100, 100L * (EVENTS_PER_ACCOUNT + 1), Instant.now());
        first.request(Long.MAX_VALUE);
        await().atMost(Duration.ofSeconds(10)).untilTrue(engineClosed);

        first.received.forEach(batch -> seen.addAll(batch.events()));
        assertThat(seen).hasSize(2 * (EVENTS_PER_ACCOUNT + 3));
    }

    @Test
    void oneAccountsExportIsReadOnlyAsFarAsTheSubscriberAsked() {
        Partial first = new Partial(1);
        handler.handle(new StreamHistory(accountId)).subscribe(first);

        await().atMost(Duration.ofSeconds(10)).until(() -> first.received.size() == 1);
        assertThat(pulled.get()).isLessThanOrEqualTo(EVENTS_PER_ACCOUNT + 2 + 1);
        assertThat(first.received.get(0).events()).extracting(AuditedEvent::sequenceNumber)
                .startsWith(0L, 1L, 2L, 3L, 4L);
        first.cancel();
        assertThat(events(handler.handle(new StreamHistory(accountId)).collectList().block()))
                .extracting(AuditedEvent::sequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, EVENTS_PER_ACCOUNT + 2L).boxed().toList());
    }

    private static List<AuditedEvent> events(List<AuditedEventBatch> batches) {
        assertThat(batches).allSatisfy(batch -> assertThat(batch.events()).isNotEmpty()
                .hasSizeLessThanOrEqualTo(AccountHistoryQueries.EXPORT_BATCH));
        return batches.stream().flatMap(batch -> batch.events().stream()).toList();
    }

    private TrackingEventStream counting(BlockingStream<TrackedEventMessage<?>> real) {
        return new TrackingEventStream() {
            @Override
            public java.util.Optional<TrackedEventMessage<?>> peek() {
                return real.peek();
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                return real.hasNextAvailable(timeout, unit);
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                pulled.incrementAndGet();
                return real.nextAvailable();
            }

            @Override
            public void close() {
                closed.set(true);
                real.close();
            }
        };
    }

    /** Asks for a fixed number of events and then nothing more. */
    private static final class Partial extends BaseSubscriber<AuditedEventBatch> {
        final List<AuditedEventBatch> received = new CopyOnWriteArrayList<>();
        private final int wanted;

        Partial(int wanted) {
            this.wanted = wanted;
        }

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            subscription.request(wanted);
        }

        @Override
        protected void hookOnNext(AuditedEventBatch value) {
            received.add(value);
        }
    }
}
