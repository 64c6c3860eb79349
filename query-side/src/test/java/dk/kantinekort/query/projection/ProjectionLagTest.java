package dk.kantinekort.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection lag (issue 16) is taken when the rows of an event's batch can be read, from the event's own
 * timestamp, once per event; a rebuild's replayed events are not lag.
 */
class ProjectionLagTest {

    static final String PROCESSOR = "lagging-projection";
    static final int EVENTS = 250;

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** At each reading of the lag's clock: lags recorded so far, and rows readable in the store. */
    final List<long[]> readings = new CopyOnWriteArrayList<>();
    MongoServer server;
    MongoClient client;
    MongoCollection<Document> collection;
    Configuration axon;
    Timer timer;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        collection = client.getDatabase("test").getCollection("rows");
        Clock observing = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                readings.add(new long[] {timer.count(), collection.countDocuments()});
                return Instant.now();
            }
        };
        ProjectionLag lag = ProjectionLag.of(registry, PROCESSOR, observing);
        timer = registry.get(ProjectionLag.METER).tag("processor", PROCESSOR).timer();
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerEventHandler(c -> new RowWriter(collection))
                        .registerTrackingEventProcessor(PROCESSOR, Configuration::eventStore,
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100))
                        .registerTokenStore(PROCESSOR, c -> new InMemoryTokenStore())
                        .registerTransactionManager(PROCESSOR, c -> NoTransactionManager.instance())
                        .registerHandlerInterceptor(PROCESSOR, c -> new FlushAtEndOfBatch(() -> { }, lag)))
                .buildConfiguration();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyEventsLagIsTakenOnceFromItsTimestampAfterItsRowCanBeRead() {
        startAndWaitUntilRunning();
        Instant before = Instant.now();
        publish(0);

        await().atMost(Duration.ofSeconds(20)).until(() -> timer.count() == EVENTS);
        Duration sinceFirstEvent = Duration.between(before, Instant.now());
        // the lags recorded by a reading are those counted by the next one: their rows were readable already
        for (int i = 0; i < readings.size(); i++) {
            long recordedByThisReading = i + 1 < readings.size() ? readings.get(i + 1)[0] : EVENTS;
            assertThat(readings.get(i)[1]).as("rows readable when the lag of events up to %d was taken",
                    recordedByThisReading).isGreaterThanOrEqualTo(recordedByThisReading);
        }
        assertThat(timer.max(TimeUnit.MILLISECONDS)).as("measured from the event's timestamp")
                .isGreaterThan(0).isLessThanOrEqualTo(sinceFirstEvent.toMillis() + 1);
    }

    @Test
    void eventsReplayedByARebuildAreNoLag() {
        startAndWaitUntilRunning();
        publish(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> timer.count() == EVENTS);
        TrackingEventProcessor processor = processor();

        processor.shutDown();
        processor.resetTokens();
        processor.start();
        publish(EVENTS); // after the reset point: projected as new events

        // the token reaches the last event only after the lag of its batch was taken
        await().atMost(Duration.ofSeconds(20)).until(() -> processor.processingStatus().values().stream()
                .anyMatch(s -> s.getCurrentPosition().orElse(-1) >= 2L * EVENTS - 1));
        assertThat(collection.countDocuments()).isEqualTo(2L * EVENTS);
        assertThat(timer.count()).as("the replayed events are not counted, the new ones are").isEqualTo(2L * EVENTS);
    }

    /** Events stored before a processor's first start are caught up with as a replay (Axon): no lag either. */
    private void startAndWaitUntilRunning() {
        axon.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processor().processingStatus().isEmpty());
    }

    private TrackingEventProcessor processor() {
        return axon.eventProcessingConfiguration().eventProcessor(PROCESSOR, TrackingEventProcessor.class).orElseThrow();
    }

    private void publish(int from) {
        axon.eventStore().publish(IntStream.range(from, from + EVENTS)
                .mapToObj(i -> GenericEventMessage.asEventMessage(new Happened(i))).toList());
    }

    record Happened(int number) {
    }

    @ProcessingGroup(PROCESSOR)
    static class RowWriter {

        private final MongoCollection<Document> collection;

        RowWriter(MongoCollection<Document> collection) {
            this.collection = collection;
        }

        @EventHandler
        void on(Happened event) {
            ReadModelBatch.current().write(collection, new ReplaceOneModel<>(Filters.eq("_id", event.number()),
                    new Document("_id", event.number()), new ReplaceOptions().upsert(true)));
        }
    }
}
