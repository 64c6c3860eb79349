package dk.kantinekort.query.projection;

import com.mongodb.client.MongoDatabase;
import dk.kantinekort.query.ProcessingGroups;
import dk.kantinekort.query.ReadModelCheckpoint;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configures the query side's tracking processors: batches of up to {@code canteen.query.batch-size} events,
 * {@code canteen.query.segments} segments with a thread each, tokens in the read-model database
 * ({@link MongoTokenStore}, shared by all instances: a segment is claimed by one, and taken over by another when
 * its claim is older than {@code canteen.query.claim-timeout}), no JDBC transaction around the batch; an event a
 * handler fails on is dead-lettered with the rest of its aggregate's sequence (collection {@code dead_letters}),
 * never skipped, while a store that is away stops and retries the batch.
 */
@Component
class ProjectionProcessing implements ConfigurerModule {

    static final String TOKEN_COLLECTION = "tracking_tokens";
    static final String DEAD_LETTER_COLLECTION = "dead_letters";

    private final MongoDatabase database;
    private final int batchSize;
    private final int segments;
    private final Duration claimTimeout;
    private final Duration tokenClaimInterval;
    private final ReadModelCheckpoint checkpoint;
    private final MeterRegistry meterRegistry;
    private TokenStore tokenStore;

    ProjectionProcessing(MongoDatabase readModelDatabase,
                         @Value("${canteen.query.batch-size:1000}") int batchSize,
                         @Value("${canteen.query.segments:1}") int segments,
                         @Value("${canteen.query.claim-timeout:PT10S}") Duration claimTimeout,
                         @Value("${canteen.query.token-claim-interval:PT5S}") Duration tokenClaimInterval,
                         ObjectProvider<ReadModelCheckpoint> checkpoint,
                         ObjectProvider<MeterRegistry> meterRegistry) {
        if (segments < 1) {
            throw new IllegalArgumentException("canteen.query.segments must be at least 1, not " + segments);
        }
        this.database = readModelDatabase;
        this.batchSize = batchSize;
        this.segments = segments;
        this.claimTimeout = claimTimeout;
        this.tokenClaimInterval = tokenClaimInterval;
        this.checkpoint = checkpoint.getIfAvailable(() -> ReadModelCheckpoint.NONE);
        this.meterRegistry = meterRegistry.getIfAvailable();
    }

    /** The lag of a processor's events until its rows are visible; nothing recorded without a meter registry. */
    private ProjectionLag lagOf(String group) {
        return meterRegistry == null ? ProjectionLag.NONE : ProjectionLag.of(meterRegistry, group, Clock.systemUTC());
    }

    /**
     * The segments of a processor (and as many threads): {@code canteen.query.segments}, but one for
     * account-summaries, whose handlers need all events in order (a second segment would never get an event).
     * Only used when the processor's tokens are created; later the token store's segments count.
     */
    static int segmentsOf(String group, int segments) {
        return ProcessingGroups.ACCOUNT_SUMMARIES.equals(group) ? 1 : segments;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing(processing -> {
            for (String group : ProcessingGroups.ALL) {
                int groupSegments = segmentsOf(group, segments);
                ProjectionLag lag = lagOf(group);
                processing.registerTrackingEventProcessor(group, Configuration::eventStore,
                                c -> TrackingEventProcessorConfiguration.forParallelProcessing(groupSegments)
                                        .andInitialSegmentsCount(groupSegments)
                                        .andTokenClaimInterval(tokenClaimInterval.toMillis(), TimeUnit.MILLISECONDS)
                                        .andBatchSize(batchSize))
                        .registerTokenStore(group, this::tokenStore)
                        // The writes go to MongoDB, not to the event store's database. With a real transaction
                        // manager the processor would also store the token before handling the batch.
                        .registerTransactionManager(group, c -> NoTransactionManager.instance())
                        .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance())
                        .registerHandlerInterceptor(group, c -> new FlushAtEndOfBatch(checkpoint, lag))
                        // A handler that fails on an event parks it, and the later events of its aggregate (the
                        // account), in the read-model store; the other accounts keep flowing. Staff list and retry
                        // them in the back office (DeadLetters). A store that is away is no dead letter: the batch
                        // fails and the processor retries it (ProjectionFailurePolicy).
                        .registerDeadLetterQueue(group, c -> deadLetterQueue(group, c))
                        .registerDeadLetterPolicy(group, c -> new ProjectionFailurePolicy())
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, invoker) -> invoker
                                .enableSequenceIdentifierCache()
                                .allowReset(true));
            }
            // One sequence per aggregate (the account, the citizen, the place), so that a dead letter holds back only
            // its own account. account-summaries still has one segment (segmentsOf): citizens and their accounts
            // live in different aggregates, and the summary needs both in the order they happened.
            processing.registerSequencingPolicy(ProcessingGroups.ACCOUNT_SUMMARIES,
                    c -> SequentialPerAggregatePolicy.instance());
        });
    }

    private SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String group, Configuration configuration) {
        return MongoSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(database)
                        .trackingTokensCollectionName(TOKEN_COLLECTION)
                        .deadLetterCollectionName(DEAD_LETTER_COLLECTION)
                        .build())
                .serializer(configuration.serializer())
                .transactionManager(NoTransactionManager.instance())
                .build();
    }

    private synchronized TokenStore tokenStore(Configuration configuration) {
        if (tokenStore == null) {
            // Same database as the projections: with the embedded wire server (one H2 file, written late)
            // a token can then never be on disk without the writes that came before it.
            tokenStore = MongoTokenStore.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder()
                            .mongoDatabase(database)
                            .trackingTokensCollectionName(TOKEN_COLLECTION)
                            .build())
                    .serializer(configuration.serializer())
                    // the owner is this process (pid@host); another instance takes a segment whose claim is older
                    .claimTimeout(claimTimeout)
                    .build();
        }
        return tokenStore;
    }
}
