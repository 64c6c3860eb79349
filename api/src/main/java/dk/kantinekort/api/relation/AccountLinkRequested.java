package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/**
 * A person asked for access to another's accounts; waits for the owner (null owner: CPR number unknown). The owner
 * is told by mail.
 */
@Revision("1")
public record AccountLinkRequested(String relationId, String requesterId, String ownerId, String cprHash,
                                   String cprMasked) {
}
