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
    CATEGORY_BLOCKED
}
