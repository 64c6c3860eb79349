package dk.kantinekort.api.relation;

/** Where a link to another person's accounts stands (F3). */
public enum RelationStatus {
    /** Waiting for the owner ("Afventer godkendelse"). */
    PENDING,
    /** The requester may act on the owner's accounts. */
    ACTIVE,
    REJECTED,
    WITHDRAWN
}
