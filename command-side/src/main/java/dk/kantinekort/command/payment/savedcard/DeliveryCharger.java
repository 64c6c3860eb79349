package dk.kantinekort.command.payment.savedcard;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.webshop.BeginDeliveryCharge;
import dk.kantinekort.api.webshop.CheckCanteenCardUsable;
import dk.kantinekort.api.webshop.CompleteDeliveryCharge;
import dk.kantinekort.api.webshop.DeliveryChargeDue;
import dk.kantinekort.api.webshop.FailDeliveryCharge;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.webshop.CanteenCalendar;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Charges a webshop delivery that fell due on the saved card (tracking processor {@value
 * SavedCardProcessing#WEBSHOP_GROUP}, at least once): the order says whether the delivery is still due, and the
 * provider answers a repeated idempotency key with the first charge.
 */
@Component
@ProcessingGroup(SavedCardProcessing.WEBSHOP_GROUP)
class DeliveryCharger {

    private final PaymentCommands ledger;
    private final SavedCardCharger charger;

    DeliveryCharger(PaymentCommands ledger, SavedCardCharger charger) {
        this.ledger = ledger;
        this.charger = charger;
    }

    @EventHandler
    void on(DeliveryChargeDue event) {
        Boolean due = ledger.asWebshop(new BeginDeliveryCharge(event.orderId(), event.deliveryDate()));
        if (!Boolean.TRUE.equals(due)) {
            return; // charged or failed already: a redelivery after a restart
        }
        Boolean usable = ledger.asWebshop(new CheckCanteenCardUsable(event.accountId()));
        if (!Boolean.TRUE.equals(usable)) {
            ledger.asWebshop(new FailDeliveryCharge(event.orderId(), event.deliveryDate(),
                    PaymentDeclineReason.CANTEEN_CARD_BLOCKED));
            return;
        }
        SavedCardCharger.Outcome outcome = charger.charge(event.savedCardToken(), event.chargeKey(),
                "Webshop " + CanteenCalendar.danish(event.deliveryDate()), event.amount(), event.fee(),
                event.chargeKey());
        if (outcome.charged()) {
            ledger.asWebshop(new CompleteDeliveryCharge(event.orderId(), event.deliveryDate(), outcome.paymentId(),
                    outcome.chargeId()));
        } else {
            ledger.asWebshop(new FailDeliveryCharge(event.orderId(), event.deliveryDate(), outcome.failure()));
        }
    }
}
