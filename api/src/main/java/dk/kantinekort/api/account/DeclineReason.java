package dk.kantinekort.api.account;

/** Why a till purchase was refused (F12). */
public enum DeclineReason {
    CARD_UNKNOWN,
    CARD_REPLACED,
    CARD_BLOCKED,
    INSUFFICIENT_FUNDS,
    UNIT_NOT_ALLOWED
}
