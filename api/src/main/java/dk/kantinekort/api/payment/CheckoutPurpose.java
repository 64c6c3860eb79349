package dk.kantinekort.api.payment;

/** What a provider payment is for. */
public enum CheckoutPurpose {
    DEPOSIT,
    AUTO_TOP_UP_AGREEMENT
}
