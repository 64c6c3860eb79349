package dk.kantinekort.api.settlement;

/** How a line of the provider's report (or a payment of the ledger) compares with the other side. */
public enum SettlementMatch {
    /** The ledger has the payment with the same amount. */
    MATCHED,
    /** The ledger has the payment, with another amount. */
    AMOUNT_DIFFERS,
    /** The provider settled it; the ledger has no such payment. */
    MISSING_IN_LEDGER,
    /** The ledger has the payment in the period; the provider's report does not. */
    MISSING_AT_PROVIDER
}
