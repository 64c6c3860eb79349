package dk.kantinekort.api.relation;

/** A person asked for access to another's accounts; waits for the owner (null owner: CPR number unknown). */
public record AccountLinkRequested(String relationId, String requesterId, String ownerId, String cprHash,
                                   String cprMasked) {
}
