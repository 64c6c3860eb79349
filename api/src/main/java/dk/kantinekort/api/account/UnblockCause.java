package dk.kantinekort.api.account;

/** Why a block was lifted. */
public enum UnblockCause {
    REQUESTED,
    REPLACEMENT_CARD_PRODUCED
}
