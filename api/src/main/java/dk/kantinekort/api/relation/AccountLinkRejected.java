package dk.kantinekort.api.relation;

/** A link was rejected. */
public record AccountLinkRejected(String relationId, String requesterId, String ownerId) {
}
