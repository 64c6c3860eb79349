package dk.kantinekort.api.payment;

/** Where a checkout the portal started stands. */
public enum CheckoutStage {
    /** Recorded; the provider's hosted page (or the canteen card's charge) is still on its way. */
    PENDING,
    /** The hosted page is there: send the citizen to it. */
    HOSTED_PAGE,
    /** Paid at once with the canteen card (webshop). */
    PAID,
    /** The canteen card refused the payment (webshop); the order is withdrawn. */
    PAYMENT_FAILED,
    /** Refused before any payment: the reason is a rejection code (e.g. the provider did not answer). */
    REFUSED
}
