package dk.kantinekort.command.payment.provider;

/** The outcome of a charge on a saved card: charged, or declined by the issuer (ISO 8583-style code). */
public sealed interface SavedCardChargeResult {

    /** The card was charged. */
    record Charged(String paymentId, String chargeId) implements SavedCardChargeResult {
    }

    /** The issuer declined, e.g. 51 insufficient funds, 54 expired card, 41/43/57/62 blocked card. */
    record Declined(String issuerCode, String message) implements SavedCardChargeResult {
    }
}
