package dk.kantinekort.api.tempcard;

/** Why a temporary card ended before its time. */
public enum TemporaryCardEnd {
    /** The citizen pressed "Tilbagekald". */
    REVOKED,
    /** The new physical card was produced. */
    NEW_CARD_PRODUCED,
    /** The whole account was blocked. */
    ACCOUNT_BLOCKED,
    /** The lost card was activated again. */
    CARD_ACTIVE_AGAIN
}
