package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/**
 * A pending or active link ended: withdrawn by the requester, ended by the owner or by staff ({@code endedBy}).
 * The requester's access ends at once, and so do the payment agreements they made on the owner's accounts.
 */
@Revision("1")
public record AccountLinkWithdrawn(String relationId, String requesterId, String ownerId, LinkEndedBy endedBy) {
}
