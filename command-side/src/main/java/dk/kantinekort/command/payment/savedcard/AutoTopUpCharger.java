package dk.kantinekort.command.payment.savedcard;

import dk.kantinekort.api.payment.AutoTopUpTriggered;
import dk.kantinekort.api.payment.BeginAutoTopUpCharge;
import dk.kantinekort.api.payment.CompleteAutoTopUp;
import dk.kantinekort.api.payment.FailAutoTopUp;
import dk.kantinekort.command.payment.PaymentCommands;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Charges a triggered automatic top-up on the saved card, after the till has had its answer (F7). The account
 * first confirms the top-up is still due (not finished, card not blocked); the charge carries the top-up id as
 * idempotency key, so a charge redelivered after a crash is answered by the provider with the first charge. A
 * provider that cannot be reached leaves the event in the dead-letter queue, retried by {@link AutoTopUpRetries}.
 */
@Component
@ProcessingGroup(SavedCardProcessing.AUTO_TOP_UP_GROUP)
class AutoTopUpCharger {

    private final PaymentCommands ledger;
    private final SavedCardCharger charger;

    AutoTopUpCharger(PaymentCommands ledger, SavedCardCharger charger) {
        this.ledger = ledger;
        this.charger = charger;
    }

    @EventHandler
    void on(AutoTopUpTriggered event) {
        Boolean due = ledger.fromProvider(new BeginAutoTopUpCharge(event.accountId(), event.topUpId()));
        if (!Boolean.TRUE.equals(due)) {
            return;
        }
        SavedCardCharger.Outcome outcome = charger.charge(event.savedCardToken(), event.topUpId(),
                SavedCardChargeRequest.DEPOSIT_ITEM, event.amount(), event.fee(), event.topUpId());
        if (outcome.charged()) {
            ledger.fromProvider(new CompleteAutoTopUp(event.accountId(), event.topUpId(), outcome.paymentId(),
                    outcome.chargeId()));
        } else {
            ledger.fromProvider(new FailAutoTopUp(event.accountId(), event.topUpId(), outcome.failure()));
        }
    }
}
