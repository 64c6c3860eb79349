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
    DECLINED,
    /** Money sent to another card account (Overfør); the row's text is the other account's id. */
    TRANSFER_OUT,
    /** Money received from another card account; the row's text is the other account's id. */
    TRANSFER_IN,
    /** A transfer the other account refused came back; the row's text is the other account's id. */
    TRANSFER_REVERSED,
    /** Money given back because staff upheld the citizen's dispute (Indsigelse) of another row. */
    DISPUTE_REFUND
}
