package dk.kantinekort.command;

import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.command.bus.BoundedAggregateCache;
import dk.kantinekort.command.bus.EventStoreSync;
import dk.kantinekort.command.bus.GroupCommitCommandBus;
import dk.kantinekort.command.bus.IndexedGapReads;
import dk.kantinekort.command.bus.StoredTimestampJdbcEngine;
import dk.kantinekort.command.bus.SyncAfterCommit;
import dk.kantinekort.command.payment.PaymentSettings;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The command side: aggregates, command handlers and the set-based look-ups they decide with. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PaymentSettings.class)
// the service's main class is not part of the library the embedded default imports
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = CommandSideApplication.class))
public class CommandSideConfiguration {

    /** Which parts of the scheme this municipality has switched on ({@code canteen.municipality.<part>-enabled}). */
    @Bean
    @ConditionalOnMissingBean
    SchemeParts schemeParts(Environment environment) {
        return SchemeParts.from(environment::getProperty);
    }

    /** The time of scheduled work (reconciliation); tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Keeps loaded accounts in memory, so a purchase does not replay the account's history every time. */
    @Bean
    Cache cardAccountCache(@Value("${canteen.command-bus.cached-accounts:100000}") long cachedAccounts) {
        return new BoundedAggregateCache(cachedAccounts);
    }

    /** Copies actor, channel and correlation id from every command onto the events it causes (F5). */
    @Bean
    CorrelationDataProvider requestMetadataProvider() {
        return new SimpleCorrelationDataProvider(Metadata.ACTOR, Metadata.CHANNEL, Metadata.CORRELATION_ID);
    }

    /** Also records which message caused an event, under keys of its own so ours are not overwritten. */
    @Bean
    CorrelationDataProvider causationProvider() {
        return new MessageOriginProvider("originId", "causationId");
    }

    /**
     * The look-up tables are written in the unit of work that appends the events. A failing write (a unique
     * constraint: a card number or CPR another instance took a moment earlier) fails the command and rolls its
     * events back, instead of being logged and skipped; on PostgreSQL the transaction could not go on anyway.
     */
    @Bean
    ConfigurerModule lookupsAreSubscribing() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(LookupProcessing.GROUP)
                .registerListenerInvocationErrorHandler(LookupProcessing.GROUP, c -> PropagatingErrorHandler.instance());
    }

    /**
     * The command side's own tracking processors (notices, receipts, payment processes, link endings, …) take up to
     * {@code canteen.command.processor-batch-size} events per transaction instead of Axon's one: each of them reads
     * every event and stores its token per batch, and per event that was two thirds of the JDBC commits under till
     * load (docs/PERFORMANCE.md). A quiet processor still handles an event as soon as it arrives (a batch is what is
     * there, up to the size). Their handlers log and skip a failure (Axon's default), so a batch is never
     * re-delivered for one bad event; after a crash a batch is handled again, as a single event was before.
     */
    @Bean
    ConfigurerModule trackingProcessorsTakeBatches(
            @Value("${canteen.command.processor-batch-size:100}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("canteen.command.processor-batch-size must be at least 1");
        }
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }

    /**
     * Flyway reads the migrations of all databases from {@code db/migration} and those one database needs in its
     * own words from {@code db/vendor/h2} or {@code db/vendor/postgresql} (V1-V3: types such as BLOB / BYTEA).
     */
    @Bean
    FlywayConfigurationCustomizer vendorMigrations() {
        return new VendorMigrations();
    }

    /**
     * Brings each batch's commit onto the disk before its commands are answered (decision record 2).
     * {@code canteen.event-store.sync}: {@code auto} (default) syncs an H2 file event store with
     * {@code MVStore.sync()} and leaves in-memory H2 and other databases to their own commit (PostgreSQL fsyncs
     * its WAL); {@code store},
     * {@code checkpoint} or {@code off} choose explicitly (docs/PERFORMANCE.md).
     */
    @Bean
    EventStoreSync eventStoreSync(DataSource dataSource, @Value("${canteen.event-store.sync:auto}") String mode,
                                  @Value("${spring.datasource.url:}") String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.contains("mem:");
        EventStoreSync.Mode chosen = "auto".equalsIgnoreCase(mode)
                ? (h2File ? EventStoreSync.Mode.STORE : EventStoreSync.Mode.OFF)
                : EventStoreSync.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        return new EventStoreSync(dataSource, chosen);
    }

    /**
     * The SQL event store (without Axon Server) as Axon's auto-configuration builds it, except that a tracking
     * reader's fetch with gaps finds its events through the primary key instead of reading the whole table
     * ({@link IndexedGapReads}) and that stored timestamps are read by a parser for the store's one form
     * ({@link StoredTimestampJdbcEngine}; decision record 30).
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          ObjectProvider<EventSchema> eventSchema) {
        return StoredTimestampJdbcEngine.build(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema.getIfAvailable(EventSchema::new))
                .readEventDataWithGaps(new IndexedGapReads()));
    }

    /**
     * Commits the commands that arrive together in one transaction (decision record 6); replaces Axon's
     * default SimpleCommandBus, also as the local segment behind Axon Server.
     */
    @Bean
    @Qualifier("localSegment")
    @ConditionalOnProperty(name = "canteen.command-bus.group-commit", havingValue = "true", matchIfMissing = true)
    GroupCommitCommandBus commandBus(TransactionManager batchTransactions, EventStoreSync eventStoreSync,
                                     org.axonframework.config.Configuration axon,
                                     DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                                     @Value("${canteen.command-bus.workers:2}") int workers,
                                     @Value("${canteen.command-bus.max-batch:64}") int maxBatch) {
        // a batch's commit returns once it is on disk, so its callers are answered only after that
        TransactionManager transactionManager = new SyncAfterCommit(batchTransactions, eventStoreSync);
        SimpleCommandBus handlers = SimpleCommandBus.builder()
                .transactionManager(NoTransactionManager.INSTANCE) // one transaction per batch instead
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        handlers.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return new GroupCommitCommandBus(handlers, transactionManager, workers, maxBatch);
    }
}
