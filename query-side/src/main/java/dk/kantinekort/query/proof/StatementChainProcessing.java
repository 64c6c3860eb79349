package dk.kantinekort.query.proof;

import com.mongodb.client.MongoDatabase;
import dk.kantinekort.query.ReadModelCheckpoint;
import dk.kantinekort.query.projection.FlushAtEndOfBatch;
import java.time.Duration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The chain's own tracking processor: one thread, in order, its token in the read-model database next to the
 * entries it stands for (written before the token, like the projections' batches, decision record 5). Not one of
 * {@code ProcessingGroups.ALL}: a rebuild of the read models never recomputes the chain from events that might have
 * been changed since.
 */
@Component
class StatementChainProcessing implements ConfigurerModule {

    private static final String TOKEN_COLLECTION = "tracking_tokens";

    private final MongoDatabase database;
    private final int batchSize;
    private final Duration claimTimeout;
    private final ReadModelCheckpoint checkpoint;

    StatementChainProcessing(MongoDatabase readModelDatabase,
                             @Value("${canteen.query.batch-size:1000}") int batchSize,
                             @Value("${canteen.query.claim-timeout:PT10S}") Duration claimTimeout,
                             ObjectProvider<ReadModelCheckpoint> checkpoint) {
        this.database = readModelDatabase;
        this.batchSize = batchSize;
        this.claimTimeout = claimTimeout;
        this.checkpoint = checkpoint.getIfAvailable(() -> ReadModelCheckpoint.NONE);
    }

    @Override
    public void configureModule(Configurer configurer) {
        String group = StatementChainProjection.GROUP;
        configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(group, Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize))
                .registerTokenStore(group, this::tokenStore)
                .registerTransactionManager(group, c -> NoTransactionManager.instance())
                // a failed batch (the read-model store away) is retried, never skipped: a skipped event would
                // leave a gap that the next event of the account has to recompute
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(group, c -> new FlushAtEndOfBatch(checkpoint)));
    }

    private TokenStore tokenStore(Configuration configuration) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(database)
                        .trackingTokensCollectionName(TOKEN_COLLECTION)
                        .build())
                .serializer(configuration.serializer())
                .claimTimeout(claimTimeout)
                .build();
    }
}
