package dk.kantinekort.command.payment.savedcard;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.command.citizen.PersonalDataVault;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import dk.kantinekort.command.payment.provider.PaymentProvider;
import dk.kantinekort.command.payment.provider.PaymentProviderRejected;
import dk.kantinekort.command.payment.provider.SavedCardChargeRequest;
import dk.kantinekort.command.payment.provider.SavedCardChargeResult;
import org.springframework.stereotype.Component;

/**
 * The one way to charge a saved payment card: amount + fee under an idempotency key derived from what is paid (the
 * top-up id; order and delivery date; enrolment and period), so a charge redelivered after a crash is answered by the
 * provider with the first charge. A refusal of the request is a decline (DECLINED), an issuer's decline its reason; a
 * provider that cannot be reached throws {@code PaymentProviderUnavailable}: the calling processor keeps the event
 * and tries again (dead letters for top-ups, back-off for deliveries and periods).
 */
@Component
class SavedCardCharger {

    /** Charged (payment and charge id) or refused (why). */
    record Outcome(String paymentId, String chargeId, PaymentDeclineReason failure) {

        boolean charged() {
            return failure == null;
        }
    }

    private final PaymentProvider provider;
    private final PersonalDataVault vault;

    SavedCardCharger(PaymentProvider provider, PersonalDataVault vault) {
        this.provider = provider;
        this.vault = vault;
    }

    /**
     * Charges {@code amount} (called {@code itemName} at the provider, e.g. "Indbetaling" or "Webshop 30-11-2026")
     * plus the fee, as payment {@code reference}.
     */
    Outcome charge(SealedData sealedToken, String reference, String itemName, Money amount, Money fee,
                   String idempotencyKey) {
        String savedCardToken = vault.open(sealedToken);
        if (savedCardToken == null) {
            // the holder was forgotten (or no card was saved): the token is gone, nothing can be charged
            return new Outcome(null, null, PaymentDeclineReason.DECLINED);
        }
        SavedCardChargeResult result;
        try {
            result = provider.chargeSavedCard(new SavedCardChargeRequest(savedCardToken, reference, itemName,
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
