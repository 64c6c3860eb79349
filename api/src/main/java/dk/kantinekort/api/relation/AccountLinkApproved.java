package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/** A link was approved. */
@Revision("1")
public record AccountLinkApproved(String relationId, String requesterId, String ownerId) {
}
