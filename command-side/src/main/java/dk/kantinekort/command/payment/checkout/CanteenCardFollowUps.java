package dk.kantinekort.command.payment.checkout;

import dk.kantinekort.api.webshop.ConfirmCanteenCardPayment;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.RefundWebshopOrder;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.savedcard.SavedCardProcessing;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The webshop's canteen-card money after the decisions (tracking processor {@value SavedCardProcessing#WEBSHOP_GROUP},
 * at least once, beside the saved-card DeliveryCharger): refunds cancelled canteen-card lines, and makes sure a
 * canteen-card charge of {@link WebshopCheckout} is recorded on its order. Both are idempotent: the account applies a refund id once, the
 * order confirms once.
 */
@Component
@ProcessingGroup(SavedCardProcessing.WEBSHOP_GROUP)
class CanteenCardFollowUps {

    private final PaymentCommands ledger;

    CanteenCardFollowUps(PaymentCommands ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    void on(OrderLinesCancelled event) {
        if (event.refund().isPositive()) {
            ledger.asWebshop(new RefundWebshopOrder(event.accountId(), event.orderId(), event.cancellationId(),
                    event.placeId(), event.refund()));
        }
    }

    /** The checkout confirms at once; this covers a crash between the account's charge and the confirmation. */
    @EventHandler
    void on(WebshopOrderCharged event) {
        ledger.asWebshop(new ConfirmCanteenCardPayment(event.orderId()));
    }
}
