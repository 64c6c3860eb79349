package dk.kantinekort.api.dispute;

/** Where a dispute is: waiting for staff, upheld with a refund, or refused with a reason. */
public enum DisputeState {
    OPEN,
    REFUNDED,
    REJECTED
}
