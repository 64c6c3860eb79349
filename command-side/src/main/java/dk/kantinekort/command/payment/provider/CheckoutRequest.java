package dk.kantinekort.command.payment.provider;

import java.net.URI;
import java.util.Objects;

/**
 * A hosted-page payment to create: {@code amountOre} goes onto the canteen card, {@code feeOre} is the fee; the
 * provider charges both (order items "Indbetaling" and "Gebyr"). With {@code saveCard} and amount 0 the page only
 * saves the card. {@code webhookAuthorization} is what the provider sends back in the webhooks' Authorization header.
 */
public record CheckoutRequest(String reference,
                              long amountOre,
                              long feeOre,
                              String description,
                              PaymentChoice method,
                              boolean saveCard,
                              URI returnUrl,
                              URI cancelUrl,
                              URI termsUrl,
                              URI webhookUrl,
                              String webhookAuthorization,
                              String customerEmail) {

    public CheckoutRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(returnUrl, "returnUrl");
        if (amountOre < 0 || feeOre < 0) {
            throw new IllegalArgumentException("amount and fee must not be negative");
        }
        if (amountOre + feeOre == 0 && !saveCard) {
            throw new IllegalArgumentException("a payment of 0 only saves a card");
        }
    }

    /** What the citizen pays: amount plus fee. */
    public long totalOre() {
        return amountOre + feeOre;
    }
}
