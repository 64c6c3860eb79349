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
    /** Webshop: a line's delivery date has come (Europe/Copenhagen); it can no longer be cancelled. */
    DELIVERY_DATE_REACHED,
    /** Webshop: nothing of the order is left to cancel. */
    NOTHING_TO_CANCEL,
    /** Catalogue: the product or plan is not offered (withdrawn, unknown, or not at this place). */
    NOT_OFFERED,
    REFUND_EXCEEDS_PURCHASE,
    WRONG_PLACE,
    TILL_UNKNOWN,
    REPLACEMENT_ALREADY_ORDERED,
    NO_REPLACEMENT_ORDERED,
    NOTHING_TO_PAY_OUT,
    /** The CPR number belongs to a person another login identity is linked to: contact support. */
    CPR_LINKED_TO_OTHER_IDENTITY,
    /** The login identity is linked to another person already. */
    IDENTITY_ALREADY_LINKED,
    /**
     * The CPR number typed at the first login is not the one the login broker asserts for the identity (or the
     * broker asserts none): nothing is linked, and the answer never tells whether the number is known.
     */
    CPR_NOT_CONFIRMED,
    /** The acting citizen may not act on this account or person. */
    ACCESS_DENIED,
    /** Too many link requests with a wrong card number: try again later. */
    TOO_MANY_ATTEMPTS,
    /** The link is not waiting for an answer (approved, rejected or withdrawn already). */
    LINK_NOT_PENDING,
    /** A payout request is already waiting for staff. */
    PAYOUT_ALREADY_REQUESTED,
    /** No such payout request is waiting. */
    NO_PAYOUT_REQUESTED,
    /** The payment provider could not be reached; nothing was charged, try again later. */
    PAYMENT_PROVIDER_UNAVAILABLE,
    /** No such provider payment belongs to the ledger. */
    PAYMENT_NOT_FOUND,
    /** Automatic top-up is already on (changing card is cancel + a new agreement). */
    AUTO_TOP_UP_ALREADY_ACTIVE,
    /** Automatic top-up is not on. */
    NO_AUTO_TOP_UP,
    /** The card was blocked by the municipality (staff, admin API): only staff lift that block. */
    CARD_BLOCKED_BY_STAFF,
    /** The municipality pays out to NemKonto only; a typed bank account is not allowed. */
    TYPED_BANK_ACCOUNT_NOT_ALLOWED,
    /** The payout goes to a typed bank account the account owner has not confirmed yet. */
    PAYOUT_NOT_CONFIRMED,
    /** A new card needs a postal address to be sent to: save it under Brugeroplysninger first. */
    ADDRESS_REQUIRED,
    /** A person with money on an account is not forgotten: pay the balance out first (decision record 16). */
    BALANCE_REMAINING,
    /** A transfer names the same account as source and destination. */
    SAME_ACCOUNT,
    /** The municipality has switched this part of the scheme off (canteen.municipality.<part>-enabled). */
    PART_SWITCHED_OFF,
    /** Økonomi: the month has not ended yet (Copenhagen time), so it cannot be closed. */
    MONTH_NOT_ENDED,
    /** Økonomi: the month is closed already. */
    MONTH_ALREADY_CLOSED,
    /** Økonomi: months are closed in order; an earlier month is still open. */
    EARLIER_MONTH_OPEN,
    /** Afregning: this settlement report was imported before. */
    SETTLEMENT_ALREADY_IMPORTED,
    /** Skoleår: the account was closed (the pupil left school); nothing more is bought, paid in or unblocked. */
    ACCOUNT_CLOSED,
    /** Skoleår: no (or more than one) account of the responsible person's other child to move the balance to. */
    NO_SIBLING,
    /** A temporary card is only for an account without a usable card (lost card blocked, or a new card ordered). */
    TEMPORARY_CARD_NOT_NEEDED,
    /** No temporary card is live on the account. */
    NO_TEMPORARY_CARD,
    /** The whole account was blocked by the municipality: only staff lift that block. */
    ACCOUNT_BLOCKED_BY_STAFF,
    /** The dispute was answered already (refunded or refused). */
    DISPUTE_CLOSED
}
