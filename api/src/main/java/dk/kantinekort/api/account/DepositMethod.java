package dk.kantinekort.api.account;

/** How money came onto a card account. */
public enum DepositMethod {
    CASH,
    PAYMENT_CARD,
    MOBILEPAY,
    AUTO_TOP_UP,
    MANUAL_CORRECTION
}
