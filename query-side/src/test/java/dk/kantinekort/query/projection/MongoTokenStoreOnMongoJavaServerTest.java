package dk.kantinekort.query.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Axon's MongoTokenStore against mongo-java-server (memory backend as in the tests, H2 backend as in the app):
 * claims, updates, segments and their initialisation all work through the real driver.
 */
class MongoTokenStoreOnMongoJavaServerTest {

    private static final String PROCESSOR = "statements";

    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private MongoTokenStore tokenStore(String backend, String nodeId) {
        if (server == null || client == null) {
            MongoBackend mongoBackend = "h2".equals(backend) ? H2Backend.inMemory() : new MemoryBackend();
            server = new MongoServer(mongoBackend);
            server.bind();
            client = MongoClients.create(server.getConnectionString());
        }
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client.getDatabase("kantinekort"))
                        .trackingTokensCollectionName("tracking_tokens")
                        .build())
                .serializer(JacksonSerializer.defaultSerializer())
                .nodeId(nodeId)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void initialisedSegmentsAreListedOnceAndCannotBeInitialisedTwice(String backend) {
        MongoTokenStore store = tokenStore(backend, "node-a");

        store.initializeTokenSegments(PROCESSOR, 2);

        assertThat(store.fetchSegments(PROCESSOR)).containsExactly(0, 1);
        assertThat(store.fetchSegments("other-processor")).isEmpty();
        assertThatThrownBy(() -> store.initializeTokenSegments(PROCESSOR, 2))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> store.initializeSegment(null, PROCESSOR, 1))
                .isInstanceOf(UnableToInitializeTokenException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aStoredTokenIsFetchedBackByItsOwner(String backend) {
        MongoTokenStore store = tokenStore(backend, "node-a");
        store.initializeTokenSegments(PROCESSOR, 1);

        assertThat(store.fetchToken(PROCESSOR, 0)).isNull();
        store.storeToken(new GlobalSequenceTrackingToken(41), PROCESSOR, 0);
        store.storeToken(new GlobalSequenceTrackingToken(42), PROCESSOR, 0);

        assertThat(store.fetchToken(PROCESSOR, 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aReplayTokenSurvivesTheRoundTrip(String backend) {
        MongoTokenStore store = tokenStore(backend, "node-a");
        store.initializeTokenSegments(PROCESSOR, 1, new GlobalSequenceTrackingToken(9));
        TrackingToken replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(9));

        store.storeToken(replay, PROCESSOR, 0);

        assertThat(store.fetchToken(PROCESSOR, 0)).isEqualTo(replay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aClaimedSegmentIsRefusedToAnotherNodeUntilReleased(String backend) {
        MongoTokenStore nodeA = tokenStore(backend, "node-a");
        MongoTokenStore nodeB = tokenStore(backend, "node-b");
        nodeA.initializeTokenSegments(PROCESSOR, 2);

        nodeA.fetchToken(PROCESSOR, 0);
        nodeA.extendClaim(PROCESSOR, 0);

        assertThatThrownBy(() -> nodeB.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> nodeB.storeToken(new GlobalSequenceTrackingToken(1), PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(nodeB.fetchAvailableSegments(PROCESSOR)).extracting(Segment::getSegmentId).containsExactly(1);

        nodeA.releaseClaim(PROCESSOR, 0);

        assertThat(nodeB.fetchToken(PROCESSOR, 0)).isNull();
        assertThat(nodeA.fetchAvailableSegments(PROCESSOR)).extracting(Segment::getSegmentId).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void onlyTheOwnerDeletesAToken(String backend) {
        MongoTokenStore nodeA = tokenStore(backend, "node-a");
        MongoTokenStore nodeB = tokenStore(backend, "node-b");
        nodeA.initializeTokenSegments(PROCESSOR, 2);
        nodeA.fetchToken(PROCESSOR, 1);

        assertThatThrownBy(() -> nodeB.deleteToken(PROCESSOR, 1)).isInstanceOf(UnableToClaimTokenException.class);
        nodeA.deleteToken(PROCESSOR, 1);

        assertThat(nodeA.fetchSegments(PROCESSOR)).containsExactly(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void theStorageIdentifierIsStable(String backend) {
        Supplier<MongoTokenStore> store = () -> tokenStore(backend, "node-a");

        String first = store.get().retrieveStorageIdentifier().orElseThrow();

        assertThat(store.get().retrieveStorageIdentifier()).contains(first);
    }
}
