package dk.kantinekort.command.webshop;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.webshop.BeginDeliveryCharge;
import dk.kantinekort.api.webshop.CheckCanteenCardUsable;
import dk.kantinekort.api.webshop.CompleteDeliveryCharge;
import dk.kantinekort.api.webshop.ConfirmCanteenCardPayment;
import dk.kantinekort.api.webshop.DeliveryChargeDue;
import dk.kantinekort.api.webshop.FailDeliveryCharge;
import dk.kantinekort.api.webshop.OrderLinesCancelled;
import dk.kantinekort.api.webshop.RefundWebshopOrder;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The webshop's money after the decisions (tracking processor {@value #GROUP}, at least once): charges a delivery
 * that fell due on the saved card, refunds cancelled canteen-card lines, and makes sure a canteen-card charge is
 * recorded on its order. Every step is idempotent: the order says whether a delivery is still due, the provider
 * answers a repeated idempotency key with the first charge, the account applies a refund id once.
 */
@Component
@ProcessingGroup(WebshopPayments.GROUP)
class WebshopPayments {

    static final String GROUP = "webshop-payments";

    private final WebshopLedger ledger;
    private final SavedCardCharges charges;

    WebshopPayments(WebshopLedger ledger, SavedCardCharges charges) {
        this.ledger = ledger;
        this.charges = charges;
    }

    @EventHandler
    void on(DeliveryChargeDue event) {
        Boolean due = ledger.asPayments(new BeginDeliveryCharge(event.orderId(), event.deliveryDate()));
        if (!Boolean.TRUE.equals(due)) {
            return; // charged or failed already: a redelivery after a restart
        }
        Boolean usable = ledger.asPayments(new CheckCanteenCardUsable(event.accountId()));
        if (!Boolean.TRUE.equals(usable)) {
            ledger.asPayments(new FailDeliveryCharge(event.orderId(), event.deliveryDate(),
                    PaymentDeclineReason.CANTEEN_CARD_BLOCKED));
            return;
        }
        SavedCardCharges.Outcome outcome = charges.charge(event.savedCardToken(), event.chargeKey(),
                "Webshop " + CanteenCalendar.danish(event.deliveryDate()), event.amount(), event.fee());
        if (outcome.charged()) {
            ledger.asPayments(new CompleteDeliveryCharge(event.orderId(), event.deliveryDate(), outcome.paymentId(),
                    outcome.chargeId()));
        } else {
            ledger.asPayments(new FailDeliveryCharge(event.orderId(), event.deliveryDate(), outcome.failure()));
        }
    }

    @EventHandler
    void on(OrderLinesCancelled event) {
        if (event.refund().isPositive()) {
            ledger.asPayments(new RefundWebshopOrder(event.accountId(), event.orderId(), event.cancellationId(),
                    event.placeId(), event.refund()));
        }
    }

    /** The checkout confirms at once; this covers a crash between the account's charge and the confirmation. */
    @EventHandler
    void on(WebshopOrderCharged event) {
        ledger.asPayments(new ConfirmCanteenCardPayment(event.orderId()));
    }
}
