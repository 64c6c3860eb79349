package dk.kantinekort.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertOneModel;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The writes of a batch are in MongoDB, and checkpointed, before the processor stores the batch's token: a
 * crash can lose projection progress (replayed idempotently) but never leave a token ahead of the data.
 */
class FlushAtEndOfBatchTest {

    static final String PROCESSOR = "test-projection";
    static final int EVENTS = 250;

    MongoServer server;
    MongoClient client;
    MongoCollection<Document> collection;
    Configuration axon;
    final List<long[]> tokenVersusRows = new CopyOnWriteArrayList<>();
    /** How many rows MongoDB held at the last checkpoint: what a crash right after it would keep. */
    final java.util.concurrent.atomic.AtomicLong checkpointedRows = new java.util.concurrent.atomic.AtomicLong(-1);

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        collection = client.getDatabase("test").getCollection("rows");
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerEventHandler(c -> new RowWriter(collection))
                        .registerTrackingEventProcessor(PROCESSOR, Configuration::eventStore,
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                        .andBatchSize(100))
                        .registerTokenStore(PROCESSOR, c -> observing(new InMemoryTokenStore()))
                        .registerTransactionManager(PROCESSOR, c -> NoTransactionManager.instance())
                        .registerHandlerInterceptor(PROCESSOR, c -> new FlushAtEndOfBatch(() -> checkpointedRows.set(collection.countDocuments()))))
                .buildConfiguration();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyStoredTokenFindsTheRowsOfAllEventsUpToIt() {
        axon.eventStore().publish(IntStream.range(0, EVENTS)
                .mapToObj(i -> GenericEventMessage.asEventMessage(new Happened(i))).toList());

        axon.start();

await().atMost(Duration.ofSeconds(20)).until(() -> collection.countDocuments() == EVENTS
                && !tokenVersusRows.isEmpty() && tokenVersusRows.get(tokenVersusRows.size() - 1)[0] == EVENTS - 1);
        assertThat(tokenVersusRows).allSatisfy(pair -> assertThat(pair[1]).isGreaterThan(pair[0]));
        assertThat(tokenVersusRows).as("the rows up to a token were checkpointed before the token was stored")
                .allSatisfy(pair -> assertThat(pair[2]).isGreaterThan(pair[0]));
        assertThat(tokenVersusRows.size()).as("batched: far fewer token updates than events").isLessThan(EVENTS / 2);
    }

    /** Records, whenever a token is stored, its position and how many rows MongoDB holds at that moment. */
    private TokenStore observing(TokenStore delegate) {
        return (TokenStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{TokenStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("storeToken") && args[1].equals(PROCESSOR)) {
                        long position = ((TrackingToken) args[0]).position().orElse(-1);
                        tokenVersusRows.add(new long[]{position, collection.countDocuments(), checkpointedRows.get()});
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
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
            ReadModelBatch.current().write(collection, new InsertOneModel<>(new Document("_id", event.number())));
        }
    }

}
