package dk.kantinekort.command.webshop;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
import org.springframework.stereotype.Component;

/**
 * Charges a saved payment card amount + fee under an idempotency key derived from what is paid (order and delivery
 * date, enrolment and period). A provider that cannot be reached throws: the tracking processor retries the event later,
 * and the key makes the retry the same charge.
 */
@Component
public class SavedCardCharges {

    /** Charged (payment and charge id) or refused (why). */
    public record Outcome(String paymentId, String chargeId, PaymentDeclineReason failure) {

        public boolean charged() {
            return failure == null;
        }
    }

    private final PaymentProvider provider;

    SavedCardCharges(PaymentProvider provider) {
        this.provider = provider;
    }

    /** Charges {@code amount} (called {@code itemName} at the provider, e.g. "Webshop 30-11-2026") plus the fee. */
    public Outcome charge(String savedCardToken, String idempotencyKey, String itemName, Money amount, Money fee) {
        SavedCardChargeResult result;
        try {
            result = provider.chargeSavedCard(new SavedCardChargeRequest(savedCardToken, idempotencyKey, itemName,
                    amount.ore(), fee == null ? 0 : fee.ore(), idempotencyKey));
        } catch (PaymentProviderRejected e) {
            return new Outcome(null, null, PaymentDeclineReason.DECLINED);
        }
        if (result instanceof SavedCardChargeResult.Charged charged) {
            return new Outcome(charged.paymentId(), charged.chargeId(), null);
        }
        SavedCardChargeResult.Declined declined = (SavedCardChargeResult.Declined) result;
        return new Outcome(null, null, PaymentDeclineReason.fromIssuerCode(declined.issuerCode()));
    }
}
