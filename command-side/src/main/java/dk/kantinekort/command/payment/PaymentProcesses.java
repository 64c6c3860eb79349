package dk.kantinekort.command.payment;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracking processors that run the payment flows after the aggregates decided (decision record 11): they ask the
 * provider and record its answer with commands, so no command handler waits for the provider and the command bus
 * needs no lane of its own. A failure other than the provider's answer (the ledger did not take a command) is not
 * skipped: the processor keeps the event and tries again with back-off; each step is idempotent by checkout id.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentProcesses {

    /** Creates the provider's hosted page for a deposit, top-up agreement, order or enrolment, and records it. */
    public static final String HOSTED_PAGES = "payment-checkout";
    /** The steps of a webshop checkout and a Tilmeld: price or quote, place or open, charge the canteen card. */
    public static final String CHECKOUT_STEPS = "checkout-steps";
    /** Asks the provider after a webhook or a return, and settles, activates or declines. */
    public static final String CONFIRMATIONS = "payment-confirmation";

    @Bean
    ConfigurerModule paymentProcessesRetryNotSkip() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(HOSTED_PAGES, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(CHECKOUT_STEPS, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(CONFIRMATIONS, c -> PropagatingErrorHandler.instance());
    }
}
