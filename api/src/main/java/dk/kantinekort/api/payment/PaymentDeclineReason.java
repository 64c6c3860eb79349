package dk.kantinekort.api.payment;

/** Why a card payment or an automatic top-up did not go through; the portal shows the guide's advice for each. */
public enum PaymentDeclineReason {
    /** No funds on the payment card (issuer code 51). */
    INSUFFICIENT_FUNDS,
    /** The payment card has expired or was replaced by a new one (54). */
    CARD_EXPIRED,
    /** The payment card is blocked, lost or stolen (41, 43, 57, 62). */
    CARD_BLOCKED,
    /** "Identisk transaktion": the same card and amount within 10 minutes (94). */
    IDENTICAL_TRANSACTION,
    /** The canteen card is blocked, so no money may go onto it. */
    CANTEEN_CARD_BLOCKED,
    /** The payment provider could not be reached; nothing was charged. */
    PROVIDER_UNAVAILABLE,
    /** Any other refusal by the issuer or the provider. */
    DECLINED;

    /** The reason behind an ISO 8583 style issuer response code, as payment providers report them. */
    public static PaymentDeclineReason fromIssuerCode(String code) {
        if (code == null) {
            return DECLINED;
        }
        return switch (code.strip()) {
            case "51", "61" -> INSUFFICIENT_FUNDS;
            case "54", "33" -> CARD_EXPIRED;
            case "41", "43", "57", "62", "04", "07" -> CARD_BLOCKED;
            case "94" -> IDENTICAL_TRANSACTION;
            default -> DECLINED;
        };
    }
}
