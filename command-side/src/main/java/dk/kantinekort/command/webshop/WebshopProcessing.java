package dk.kantinekort.command.webshop;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A charge whose provider did not answer must not be skipped: the charging processors propagate the failure, so
 * the tracking processor keeps the event and tries again with back-off (the idempotency key keeps it one charge).
 */
@Configuration(proxyBeanMethods = false)
public class WebshopProcessing {

    /** The subscriptions' charging processor. */
    public static final String SUBSCRIPTION_GROUP = "subscription-payments";

    @Bean
    ConfigurerModule chargesAreRetriedNotSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(WebshopPayments.GROUP, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(SUBSCRIPTION_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
