package dk.kantinekort.command.payment;

import dk.kantinekort.api.payment.AutoTopUpTriggered;
import dk.kantinekort.api.payment.BeginAutoTopUpCharge;
import dk.kantinekort.api.payment.CompleteAutoTopUp;
import dk.kantinekort.api.payment.FailAutoTopUp;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
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
@ProcessingGroup(AutoTopUpCharger.GROUP)
class AutoTopUpCharger {

    static final String GROUP = "auto-top-up";

    private final PaymentLedger ledger;
    private final PaymentProvider provider;

    AutoTopUpCharger(PaymentLedger ledger, PaymentProvider provider) {
        this.ledger = ledger;
        this.provider = provider;
    }

    @EventHandler
    void on(AutoTopUpTriggered event) {
        Boolean due = ledger.fromProvider(new BeginAutoTopUpCharge(event.accountId(), event.topUpId()));
        if (!Boolean.TRUE.equals(due)) {
            return;
        }
        SavedCardChargeResult result;
        try {
            result = provider.chargeSavedCard(new SavedCardChargeRequest(event.savedCardToken(), event.topUpId(),
                    event.amount().ore(), event.fee().ore(), event.topUpId()));
        } catch (PaymentProviderRejected e) {
            ledger.fromProvider(new FailAutoTopUp(event.accountId(), event.topUpId(), PaymentDeclineReason.DECLINED));
            return;
        }
        if (result instanceof SavedCardChargeResult.Charged charged) {
            ledger.fromProvider(new CompleteAutoTopUp(event.accountId(), event.topUpId(), charged.paymentId(),
                    charged.chargeId()));
        } else if (result instanceof SavedCardChargeResult.Declined declined) {
            ledger.fromProvider(new FailAutoTopUp(event.accountId(), event.topUpId(),
                    PaymentDeclineReason.fromIssuerCode(declined.issuerCode())));
        }
    }
}
