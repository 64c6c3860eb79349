package dk.kantinekort.command.dispute;

import dk.kantinekort.api.dispute.DisputeRefundGranted;
import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Credits the refund of an upheld dispute onto its account, in a tracking processor of its own ({@value #GROUP}): the
 * credit is idempotent by dispute id, and a failure is retried, never skipped (staff promised the money).
 */
@Component
@ProcessingGroup(DisputeRefundProcess.GROUP)
class DisputeRefundProcess {

    static final String GROUP = "dispute-refunds";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CommandSender sender;

    DisputeRefundProcess(CommandGateway commands) {
        this.sender = new CommandSender(commands);
    }

    @EventHandler
    void on(DisputeRefundGranted event) {
        Object correlation = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.correlationData().get(Metadata.CORRELATION_ID) : null;
        CommandSender.await(sender.send(new CreditDisputeRefund(event.accountId(), event.disputeId(), event.amount()),
                Metadata.system("disputes"), Metadata.Channel.SYSTEM,
                correlation == null ? null : String.valueOf(correlation)), PATIENCE);
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule disputeRefundsRetryNotSkip() {
            return configurer -> configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
