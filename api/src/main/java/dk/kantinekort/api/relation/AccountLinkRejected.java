package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/** A link was rejected. */
@Revision("1")
public record AccountLinkRejected(String relationId, String requesterId, String ownerId) {
}
