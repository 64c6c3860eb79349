package dk.kantinekort.api.payment;

/** What a provider payment is for. */
public enum CheckoutPurpose {
    DEPOSIT,
    AUTO_TOP_UP_AGREEMENT,
    /** A payment card saved for a webshop order (F15), charged per delivery day. */
    WEBSHOP_ORDER,
    /** A payment card saved for a subscription (F14), charged per period. */
    SUBSCRIPTION
}
