package dk.kantinekort.api.offline;

/**
 * What staff should look at in an offline sale that was booked anyway (the goods are gone): the till should not
 * have sold it online, or not offline.
 */
public enum OfflineSaleFlag {
    /** The card's offline sales of that day (Copenhagen) came to more than the municipality's limit. */
    OVER_DAILY_LIMIT,
    /** The account already had an open offline debt when the sale was booked. */
    OPEN_DEBT,
    /** The card was blocked when the sale was booked. */
    CARD_BLOCKED,
    /** The card had been replaced by a newer card. */
    CARD_REPLACED,
    /** The card does not work at this kind of place. */
    UNIT_NOT_ALLOWED,
    /** The sale took the balance below zero: a debt the next deposit settles. */
    LEFT_DEBT
}
