package dk.kantinekort.api.account;

/** What a fee charged to a card account pays for. */
public enum FeeKind {
    REPLACEMENT_CARD,
    TRANSACTION
}
