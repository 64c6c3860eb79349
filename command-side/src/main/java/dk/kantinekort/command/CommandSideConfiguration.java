package dk.kantinekort.command;

import dk.kantinekort.api.meta.Metadata;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The command side: aggregates, command handlers and the set-based look-ups they decide with. */
@Configuration
@ComponentScan
public class CommandSideConfiguration {

    /** Keeps loaded accounts in memory, so a purchase does not replay the account's history every time. */
    @Bean
    Cache cardAccountCache() {
        return new WeakReferenceCache();
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

    /** The look-up tables are written in the unit of work that appends the events. */
    @Bean
    ConfigurerModule lookupsAreSubscribing() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(LookupProcessing.GROUP);
    }
}
