package dk.kantinekort.api.subscription;

/** Where an enrolment (Tilmeld) stands. */
public enum EnrolmentStatus {
    /** The card is being saved on the hosted page; expires after a day. */
    AWAITING_PAYMENT_DETAILS,
    /** Tilmeldt: each period is charged. */
    ACTIVE,
    /** Frameldt: no further charges. */
    ENDED,
    /** The payment details never came. */
    EXPIRED
}
