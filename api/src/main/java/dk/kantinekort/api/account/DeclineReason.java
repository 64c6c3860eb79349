package dk.kantinekort.api.account;

/** Why a till purchase was refused (F12; the last three are the guardian's spending rules, Forbrugsregler). */
public enum DeclineReason {
    CARD_UNKNOWN,
    CARD_REPLACED,
    CARD_BLOCKED,
    INSUFFICIENT_FUNDS,
    UNIT_NOT_ALLOWED,
    /** The purchase would take today's spending (Copenhagen day) over the account's daily limit. */
    DAILY_LIMIT_REACHED,
    /** The purchase would take today's spending at this kind of unit over its limit. */
    UNIT_LIMIT_REACHED,
    /** A line is of a product category the guardian blocked. */
    CATEGORY_BLOCKED,
    /** The whole account is blocked (staff), whatever card or temporary card is shown. */
    ACCOUNT_BLOCKED,
    /** A temporary card's code whose signature does not hold, or that no account issued. */
    TEMPORARY_CARD_INVALID,
    /** A temporary card past its last day. */
    TEMPORARY_CARD_EXPIRED,
    /** A temporary card that was revoked or ended (new card produced, account blocked, card active again). */
    TEMPORARY_CARD_REVOKED
}
