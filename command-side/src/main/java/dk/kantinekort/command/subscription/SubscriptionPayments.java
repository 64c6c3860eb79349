package dk.kantinekort.command.subscription;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.api.subscription.BeginSubscriptionCharge;
import dk.kantinekort.api.subscription.CompleteSubscriptionCharge;
import dk.kantinekort.api.subscription.FailSubscriptionCharge;
import dk.kantinekort.api.subscription.SubscriptionChargeDue;
import dk.kantinekort.api.webshop.CheckCanteenCardUsable;
import dk.kantinekort.command.webshop.CanteenCalendar;
import dk.kantinekort.command.webshop.SavedCardCharges;
import dk.kantinekort.command.webshop.WebshopLedger;
import dk.kantinekort.command.webshop.WebshopProcessing;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Charges a subscription period that fell due on the saved card (at least once; the enrolment says whether the
 * period is still due and the provider answers a repeated idempotency key with the first charge).
 */
@Component
@ProcessingGroup(WebshopProcessing.SUBSCRIPTION_GROUP)
class SubscriptionPayments {

    private final WebshopLedger ledger;
    private final SavedCardCharges charges;

    SubscriptionPayments(WebshopLedger ledger, SavedCardCharges charges) {
        this.ledger = ledger;
        this.charges = charges;
    }

    @EventHandler
    void on(SubscriptionChargeDue event) {
        Boolean due = ledger.asPayments(new BeginSubscriptionCharge(event.enrolmentId(), event.periodStart()));
        if (!Boolean.TRUE.equals(due)) {
            return;
        }
        Boolean usable = ledger.asPayments(new CheckCanteenCardUsable(event.accountId()));
        if (!Boolean.TRUE.equals(usable)) {
            ledger.asPayments(new FailSubscriptionCharge(event.enrolmentId(), event.periodStart(),
                    PaymentDeclineReason.CANTEEN_CARD_BLOCKED));
            return;
        }
        SavedCardCharges.Outcome outcome = charges.charge(event.savedCardToken(), event.chargeKey(),
                "Abonnement " + CanteenCalendar.danish(event.periodStart()), event.amount(), event.fee());
        if (outcome.charged()) {
            ledger.asPayments(new CompleteSubscriptionCharge(event.enrolmentId(), event.periodStart(),
                    outcome.paymentId(), outcome.chargeId()));
        } else {
            ledger.asPayments(new FailSubscriptionCharge(event.enrolmentId(), event.periodStart(), outcome.failure()));
        }
    }
}
