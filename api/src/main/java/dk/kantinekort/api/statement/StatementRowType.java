package dk.kantinekort.api.statement;

/** Row types of the Kontoudskrift (F9); the portal shows them with the guide's Danish words. */
public enum StatementRowType {
    DEPOSIT,
    PURCHASE,
    /** A sale a till made offline, booked when the till was back online (issue 20). */
    OFFLINE_PURCHASE,
    FEE,
    REFUND,
    PAYOUT,
    SUBSCRIPTION,
    WEBSHOP,
    DECLINED
}
