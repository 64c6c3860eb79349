package dk.kantinekort.command.payment.provider;

import java.time.YearMonth;
import java.util.List;

/**
 * The provider's view of a payment; amounts in øre. {@code paymentMethod} is e.g. Visa, Dankort or MobilePay,
 * {@code maskedPan} e.g. 411111******1111 (null for MobilePay), {@code savedCardToken} the unscheduled subscription
 * id when the payment saved the card (null otherwise).
 */
public record ProviderPayment(String paymentId,
                              String reference,
                              long orderAmountOre,
                              long reservedOre,
                              long chargedOre,
                              long refundedOre,
                              String paymentMethod,
                              String maskedPan,
                              YearMonth cardExpiry,
                              String savedCardToken,
                              List<ProviderCharge> charges) {

    public ProviderPayment {
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    /** True when the whole order amount was charged (money taken from the citizen). */
    public boolean isCharged() {
        return chargedOre > 0 && chargedOre >= orderAmountOre;
    }
}
