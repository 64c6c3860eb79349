package dk.kantinekort.command.payment.reconciliation;

import static dk.kantinekort.api.error.RejectionCode.PAYMENT_NOT_FOUND;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.payment.PaymentSignalled;
import dk.kantinekort.api.payment.RecordPaymentDeclined;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

/**
 * Where a signal about a payment enters (the provider's webhook through the portal's thin endpoint, or the citizen
 * back on the receipt page): recorded as {@link PaymentSignalled} when the payment is one of the ledger's
 * ({@code PAYMENT_NOT_FOUND} otherwise, so the provider stops sending it), nothing more. The provider is asked by
 * {@link PaymentConfirmationProcess}, after the signal is stored, never while a command waits.
 */
@Component
class PaymentSignals {

    private final PaymentCheckouts checkouts;
    private final EventBus events;

    PaymentSignals(PaymentCheckouts checkouts, EventBus events) {
        this.checkouts = checkouts;
        this.events = events;
    }

    @CommandHandler
    void handle(ConfirmPayment command) {
        signal(command.paymentId(), null);
    }

    @CommandHandler
    void handle(RecordPaymentDeclined command) {
        signal(command.paymentId(), command.reason() == null ? PaymentDeclineReason.DECLINED : command.reason());
    }

    private void signal(String paymentId, PaymentDeclineReason declined) {
        String checkoutId = checkouts.byPaymentId(paymentId).map(PaymentCheckouts.Checkout::checkoutId)
                .orElseThrow(() -> new RejectedException(PAYMENT_NOT_FOUND, "Not a payment of the ledger"));
        events.publish(GenericEventMessage.asEventMessage(new PaymentSignalled(paymentId, checkoutId, declined)));
    }
}
