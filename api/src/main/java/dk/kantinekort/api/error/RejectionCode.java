package dk.kantinekort.api.error;

/** Why the ledger refused a request; travels as a code, not as text, so every client can map it. */
public enum RejectionCode {
    INVALID_REQUEST,
    IDEMPOTENCY_KEY_REUSED,
    IDEMPOTENCY_KEY_IN_USE,
    ACCOUNT_NOT_FOUND,
    CARD_UNKNOWN,
    CARD_NUMBER_IN_USE,
    ACCOUNT_BLOCKED,
    INSUFFICIENT_FUNDS,
    BALANCE_LIMIT_EXCEEDED,
    PURCHASE_NOT_FOUND,
    REFUND_EXCEEDS_PURCHASE,
    WRONG_PLACE,
    TILL_UNKNOWN,
    REPLACEMENT_ALREADY_ORDERED,
    NO_REPLACEMENT_ORDERED,
    NOTHING_TO_PAY_OUT
}
