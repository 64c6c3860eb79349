package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/** A link became active at once: the requester knew the CPR number and a card number of the owner. */
@Revision("1")
public record AccountLinkGranted(String relationId, String requesterId, String ownerId, String cprHash,
                                   String cprMasked) {
}
