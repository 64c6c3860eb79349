package dk.kantinekort.api.relation;

/** A link was withdrawn. */
public record AccountLinkWithdrawn(String relationId, String requesterId, String ownerId) {
}
