package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/**
 * A link became active at once: the owner is under 18 and the requester knew the CPR number and the number of the
 * owner's current, unblocked card (a parent). The owner is told by mail.
 */
@Revision("1")
public record AccountLinkGranted(String relationId, String requesterId, String ownerId, String cprHash,
                                   String cprMasked) {
}
