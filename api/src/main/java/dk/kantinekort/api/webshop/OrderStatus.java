package dk.kantinekort.api.webshop;

/** "Ordrestatus" of Vis ordrer; the portal words them as the guide does. */
public enum OrderStatus {
    /** Afventer betalingsoplysninger: checkout not finished; expires after a day. */
    AWAITING_PAYMENT_DETAILS,
    /** Afventer betaling k/n: a payment-card order whose deliveries are charged on their delivery days. */
    AWAITING_PAYMENT,
    /** Betalt. */
    PAID,
    /** A charge failed; the reason is shown (payment card expired, no funds, blocked, canteen card blocked). */
    PAYMENT_FAILED,
    /** Annulleret: every line cancelled, or the checkout expired. */
    CANCELLED
}
