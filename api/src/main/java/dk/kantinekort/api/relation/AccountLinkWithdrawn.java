package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/** A link was withdrawn. */
@Revision("1")
public record AccountLinkWithdrawn(String relationId, String requesterId, String ownerId) {
}
