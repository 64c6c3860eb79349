package dk.kantinekort.api.relation;

/** A link became active at once: the requester knew the CPR number and a card number of the owner. */
public record AccountLinkGranted(String relationId, String requesterId, String ownerId, String cprHash,
                                   String cprMasked) {
}
