package dk.kantinekort.command.payment.savedcard;

import dk.kantinekort.api.payment.AutoTopUpTriggered;
import dk.kantinekort.api.payment.FailAutoTopUp;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.command.payment.PaymentCommands;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The dead-letter queue of the automatic top-up charger and its retries: a top-up whose provider call failed is
 * parked (later top-ups of the same account wait behind it) and retried every interval; after the last attempt
 * it fails with PROVIDER_UNAVAILABLE, so the agreement is free for the next purchase and nothing is charged twice.
 */
@Configuration
class AutoTopUpRetries {

    private static final Logger log = LoggerFactory.getLogger(AutoTopUpRetries.class);
    private static final String ATTEMPTS = "attempts";
    private static final int MAX_SEQUENCES_PER_RUN = 1_000;

    private final org.axonframework.config.Configuration axon;
    private final PaymentCommands ledger;
    private final int maxAttempts;

    AutoTopUpRetries(@Lazy org.axonframework.config.Configuration axon, @Lazy PaymentCommands ledger,
                     @Value("${canteen.payments.auto-top-up.max-attempts:10}") int maxAttempts) {
        this.axon = axon;
        this.ledger = ledger;
        this.maxAttempts = maxAttempts;
    }

    @Bean
    ConfigurerModule autoTopUpDeadLetters() {
        return configurer -> configurer.eventProcessing()
                .registerDeadLetterQueue(SavedCardProcessing.AUTO_TOP_UP_GROUP, c -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(SavedCardProcessing.AUTO_TOP_UP_GROUP)
                        .connectionProvider(c.getComponent(ConnectionProvider.class))
                        .transactionManager(c.getComponent(TransactionManager.class))
                        .schema(DeadLetterSchema.defaultSchema())
                        .genericSerializer(c.serializer())
                        .eventSerializer(c.eventSerializer())
                        .build())
                .registerDeadLetterPolicy(SavedCardProcessing.AUTO_TOP_UP_GROUP, c -> policy());
    }

    private EnqueuePolicy<EventMessage<?>> policy() {
        return (letter, cause) -> {
            int attempts = ((Number) letter.diagnostics().getOrDefault(ATTEMPTS, 0)).intValue() + 1;
            if (attempts < maxAttempts) {
                return Decisions.requeue(cause, l -> l.diagnostics().and(ATTEMPTS, attempts));
            }
            giveUp(letter);
            return Decisions.evict();
        };
    }

    private void giveUp(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter.message().getPayload() instanceof AutoTopUpTriggered topUp) {
            log.warn("Automatic top-up {} failed after {} attempts; the provider did not answer", topUp.topUpId(),
                    maxAttempts);
            ledger.fromProvider(new FailAutoTopUp(topUp.accountId(), topUp.topUpId(),
                    PaymentDeclineReason.PROVIDER_UNAVAILABLE));
        }
    }

    /** Retries the parked top-ups, oldest sequence first. */
    @Scheduled(initialDelayString = "${canteen.payments.auto-top-up.retry-interval:PT1M}",
            fixedDelayString = "${canteen.payments.auto-top-up.retry-interval:PT1M}")
    void retryParked() {
        axon.eventProcessingConfiguration().sequencedDeadLetterProcessor(SavedCardProcessing.AUTO_TOP_UP_GROUP)
                .ifPresent(processor -> {
                    for (int i = 0; i < MAX_SEQUENCES_PER_RUN && processor.processAny(); i++) {
                        // one parked sequence (account) after the other, until one fails again
                    }
                });
    }
}
