package dk.kantinekort.command.payment.provider;

import java.util.Objects;

/** A charge on a saved card (automatic top-up): amount for the canteen card plus fee, under an idempotency key. */
public record SavedCardChargeRequest(String savedCardToken,
                                     String reference,
                                     long amountOre,
                                     long feeOre,
                                     String idempotencyKey) {

    public SavedCardChargeRequest {
        Objects.requireNonNull(savedCardToken, "savedCardToken");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (amountOre <= 0 || feeOre < 0) {
            throw new IllegalArgumentException("a saved-card charge needs a positive amount");
        }
    }

    /** What the card is charged: amount plus fee. */
    public long totalOre() {
        return amountOre + feeOre;
    }
}
