package dk.kantinekort.api.relation;

/** A link was approved. */
public record AccountLinkApproved(String relationId, String requesterId, String ownerId) {
}
