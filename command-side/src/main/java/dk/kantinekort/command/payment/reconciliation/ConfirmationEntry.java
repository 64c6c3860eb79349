package dk.kantinekort.command.payment.reconciliation;

import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.RecordPaymentDeclined;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

/**
 * Where a signal about a payment enters (the provider's webhook through the portal's thin endpoint, or the citizen
 * back on the receipt page): {@link PaymentConfirmation} asks the provider and settles, activates or declines. These
 * commands run outside the command bus's batches (PaymentOrchestration), as the provider's answer is awaited.
 */
@Component
class ConfirmationEntry {

    private final PaymentConfirmation confirmation;

    ConfirmationEntry(PaymentConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @CommandHandler
    void handle(ConfirmPayment command) {
        confirmation.confirm(command);
    }

    @CommandHandler
    void handle(RecordPaymentDeclined command) {
        confirmation.decline(command);
    }
}
