package dk.kantinekort.command.payment.savedcard;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracking processors that charge saved cards. A charge whose provider did not answer must not be skipped: the
 * webshop's and the subscriptions' processors propagate the failure, so the tracking processor keeps the event and
 * tries again with back-off (the idempotency key keeps it one charge); the automatic top-up parks it in its
 * dead-letter queue ({@link AutoTopUpRetries}).
 */
@Configuration(proxyBeanMethods = false)
public class SavedCardProcessing {

    /** Automatic top-ups (F7). */
    public static final String AUTO_TOP_UP_GROUP = "auto-top-up";
    /** Webshop deliveries on a saved card, and the webshop's canteen-card follow-ups (refunds, confirmations). */
    public static final String WEBSHOP_GROUP = "webshop-payments";
    /** Subscription periods. */
    public static final String SUBSCRIPTION_GROUP = "subscription-payments";

    @Bean
    ConfigurerModule chargesAreRetriedNotSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(WEBSHOP_GROUP, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(SUBSCRIPTION_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
