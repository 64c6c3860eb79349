package dk.kantinekort.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.stream.IntStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;

/**
 * Test fixture: a tracking processor, {@link #PROCESSOR}, that projects each {@link Happened} event into one row of
 * an in-memory MongoDB through {@link ReadModelBatch}, 100 events a batch, with a {@link FlushAtEndOfBatch} and a
 * token store of the test's choosing. Made in a test's set-up; {@link #close()} in its tear-down.
 */
final class BatchedRowsProjection implements AutoCloseable {

    static final String PROCESSOR = "rows-projection";

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoCollection<Document> rows;
    private Configuration axon;

    BatchedRowsProjection() {
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        rows = client.getDatabase("test").getCollection("rows");
    }

    /** The rows the processor writes: one per event, its number as {@code _id}. */
    MongoCollection<Document> rows() {
        return rows;
    }

    /** Builds the processor with these; {@link #axon()} starts it. */
    BatchedRowsProjection configure(TokenStore tokens, FlushAtEndOfBatch flush) {
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerEventHandler(c -> new RowWriter(rows))
                        .registerTrackingEventProcessor(PROCESSOR, Configuration::eventStore,
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                        .andBatchSize(100))
                        .registerTokenStore(PROCESSOR, c -> tokens)
                        .registerTransactionManager(PROCESSOR, c -> NoTransactionManager.instance())
                        .registerHandlerInterceptor(PROCESSOR, c -> flush))
                .buildConfiguration();
        return this;
    }

    Configuration axon() {
        return axon;
    }

    TrackingEventProcessor processor() {
        return axon.eventProcessingConfiguration().eventProcessor(PROCESSOR, TrackingEventProcessor.class)
                .orElseThrow();
    }

    /** Stores {@code count} events, numbered from {@code from}. */
    void publish(int from, int count) {
        axon.eventStore().publish(IntStream.range(from, from + count)
                .mapToObj(i -> GenericEventMessage.asEventMessage(new Happened(i))).toList());
    }

    @Override
    public void close() {
        if (axon != null) {
            axon.shutdown();
        }
        client.close();
        server.shutdownNow();
    }

    record Happened(int number) {
    }

    /** Upserts, so that a replayed event writes its row again rather than failing on it. */
    @ProcessingGroup(PROCESSOR)
    static class RowWriter {

        private final MongoCollection<Document> rows;

        RowWriter(MongoCollection<Document> rows) {
            this.rows = rows;
        }

        @EventHandler
        void on(Happened event) {
            ReadModelBatch.current().write(rows, new ReplaceOneModel<>(Filters.eq("_id", event.number()),
                    new Document("_id", event.number()), new ReplaceOptions().upsert(true)));
        }
    }
}
