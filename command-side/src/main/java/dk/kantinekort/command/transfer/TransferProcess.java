package dk.kantinekort.command.transfer;

import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.meta.CommandSender;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.transfer.TransferDebited;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
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
 * The process of a transfer (Overfør), after the source account debited it: credit the destination; when the
 * destination refuses (blocked, over the balance limit, gone), give the debit back to the source. It follows the
 * events in a tracking processor of its own ({@value #GROUP}), so a transfer debited just before a crash is finished
 * after the restart from the stored token; both steps are idempotent by transfer id. Any failure but a refusal (the
 * ledger did not answer) is not skipped: the processor keeps the event and tries again with back-off.
 *
 * <p>It runs whether or not the part is switched on: a debit already made must end as a credit or a reversal; the
 * account refuses new transfers while the part is off.
 */
@Component
@ProcessingGroup(TransferProcess.GROUP)
class TransferProcess {

    static final String GROUP = "transfers";
    static final String ACTOR = Metadata.system("transfers");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CommandSender sender;

    TransferProcess(CommandGateway commands) {
        this.sender = new CommandSender(commands);
    }

    @EventHandler
    void on(TransferDebited event) {
        try {
            send(new CreditTransfer(event.toAccountId(), event.transferId(), event.accountId(), event.amount()));
        } catch (CommandExecutionException e) {
            Optional<Rejection> refused = RejectedException.rejectionOf(e);
            if (refused.isEmpty()) {
                throw e;
            }
            send(new ReverseTransfer(event.accountId(), event.transferId(), refused.get().code()));
        }
    }

    private void send(Object command) {
        Object correlation = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.correlationData().get(Metadata.CORRELATION_ID) : null;
        CommandSender.await(sender.send(command, ACTOR, Metadata.Channel.SYSTEM,
                correlation == null ? null : String.valueOf(correlation)), PATIENCE);
    }

    /** A failure other than a refusal is retried, never skipped (the money is between two accounts). */
    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule transfersRetryNotSkip() {
            return configurer -> configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler(GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
