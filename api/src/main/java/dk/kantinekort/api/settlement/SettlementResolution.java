package dk.kantinekort.api.settlement;

/** How staff settled a row of a settlement report that did not match; a code, never free text. */
public enum SettlementResolution {
    /** The payment was credited by hand (Support, "Indsæt dokumenteret betaling"). */
    CREDITED_BY_HAND,
    /** Taken up with the payment provider. */
    PROVIDER_CONTACTED,
    /** It belongs to another period's report (a payment around midnight or a payout date). */
    OTHER_PERIOD,
    /** Looked into; nothing to do. */
    NO_ACTION_NEEDED
}
