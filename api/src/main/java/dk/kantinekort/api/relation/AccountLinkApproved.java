package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/**
 * A pending link became active: approved by the owner ({@code byOwner}), or proven afterwards by the requester with
 * the current card number of an owner under 18 (then the owner is told by mail).
 */
@Revision("1")
public record AccountLinkApproved(String relationId, String requesterId, String ownerId, boolean byOwner) {
}
