package dk.kantinekort.command.payment.provider;

import java.util.Objects;

/**
 * A charge on a saved card: the amount plus the fee, under an idempotency key. {@code itemName} is what the
 * cardholder's statement at the provider calls the amount: "Indbetaling" for an automatic top-up, the webshop delivery
 * or the subscription period otherwise.
 */
public record SavedCardChargeRequest(String savedCardToken,
                                     String reference,
                                     String itemName,
                                     long amountOre,
                                     long feeOre,
                                     String idempotencyKey) {

    /** The item name of money onto the canteen card. */
    public static final String DEPOSIT_ITEM = "Indbetaling";

    public SavedCardChargeRequest {
        Objects.requireNonNull(savedCardToken, "savedCardToken");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(itemName, "itemName");
        if (amountOre <= 0 || feeOre < 0) {
            throw new IllegalArgumentException("a saved-card charge needs a positive amount");
        }
    }

    /** An automatic top-up: money onto the canteen card ("Indbetaling"). */
    public SavedCardChargeRequest(String savedCardToken, String reference, long amountOre, long feeOre,
                                  String idempotencyKey) {
        this(savedCardToken, reference, DEPOSIT_ITEM, amountOre, feeOre, idempotencyKey);
    }

    /** What the card is charged: amount plus fee. */
    public long totalOre() {
        return amountOre + feeOre;
    }
}
