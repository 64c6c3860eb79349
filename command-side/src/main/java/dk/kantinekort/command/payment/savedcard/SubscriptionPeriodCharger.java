package dk.kantinekort.command.payment.savedcard;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.subscription.BeginSubscriptionCharge;
import dk.kantinekort.api.subscription.CompleteSubscriptionCharge;
import dk.kantinekort.api.subscription.FailSubscriptionCharge;
import dk.kantinekort.api.subscription.SubscriptionChargeDue;
import dk.kantinekort.api.webshop.CheckCanteenCardUsable;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.webshop.CanteenCalendar;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Charges a subscription period that fell due on the saved card (at least once; the enrolment says whether the
 * period is still due and the provider answers a repeated idempotency key with the first charge).
 */
@Component
@ProcessingGroup(SavedCardProcessing.SUBSCRIPTION_GROUP)
class SubscriptionPeriodCharger {

    private final PaymentCommands ledger;
    private final SavedCardCharger charger;

    SubscriptionPeriodCharger(PaymentCommands ledger, SavedCardCharger charger) {
        this.ledger = ledger;
        this.charger = charger;
    }

    @EventHandler
    void on(SubscriptionChargeDue event) {
        Boolean due = ledger.asWebshop(new BeginSubscriptionCharge(event.enrolmentId(), event.periodStart()));
        if (!Boolean.TRUE.equals(due)) {
            return;
        }
        Boolean usable = ledger.asWebshop(new CheckCanteenCardUsable(event.accountId()));
        if (!Boolean.TRUE.equals(usable)) {
            ledger.asWebshop(new FailSubscriptionCharge(event.enrolmentId(), event.periodStart(),
                    PaymentDeclineReason.CANTEEN_CARD_BLOCKED));
            return;
        }
        SavedCardCharger.Outcome outcome = charger.charge(event.savedCardToken(), event.chargeKey(),
                "Abonnement " + CanteenCalendar.danish(event.periodStart()), event.amount(), event.fee(),
                event.chargeKey());
        if (outcome.charged()) {
            ledger.asWebshop(new CompleteSubscriptionCharge(event.enrolmentId(), event.periodStart(),
                    outcome.paymentId(), outcome.chargeId()));
        } else {
            ledger.asWebshop(new FailSubscriptionCharge(event.enrolmentId(), event.periodStart(), outcome.failure()));
        }
    }
}
