package dk.kantinekort.query.projection;

import static dk.kantinekort.query.projection.BatchedRowsProjection.PROCESSOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The writes of a batch are in MongoDB, and checkpointed, before the processor stores the batch's token: a
 * crash can lose projection progress (replayed idempotently) but never leave a token ahead of the data.
 */
class FlushAtEndOfBatchTest {

    static final int EVENTS = 250;

    BatchedRowsProjection projection;
    final List<long[]> tokenVersusRows = new CopyOnWriteArrayList<>();
    /** How many rows MongoDB held at the last checkpoint: what a crash right after it would keep. */
    final AtomicLong checkpointedRows = new AtomicLong(-1);

    @BeforeEach
    void start() {
        projection = new BatchedRowsProjection();
        projection.configure(observing(new InMemoryTokenStore()),
                new FlushAtEndOfBatch(() -> checkpointedRows.set(projection.rows().countDocuments())));
    }

    @AfterEach
    void stop() {
        projection.close();
    }

    @Test
    void everyStoredTokenFindsTheRowsOfAllEventsUpToIt() {
        projection.publish(0, EVENTS);

        projection.axon().start();

        await().atMost(Duration.ofSeconds(20)).until(() -> projection.rows().countDocuments() == EVENTS
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
                        tokenVersusRows.add(new long[]{position, projection.rows().countDocuments(),
                                checkpointedRows.get()});
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
