package dk.kantinekort.api.relation;

import java.time.Instant;

/**
 * A link as one of its two people sees it. {@code ownerName} is filled only once the link is active, so a
 * pending request never reveals whether its CPR number exists; {@code requesterName} is for the owner.
 * {@code activeSince}: when the link became active (null while pending). {@code cardNumberTyped}: the card number
 * the requester typed with a pending request, given to the requester only (null for the owner and when none).
 */
public record RelationSummary(String relationId, String requesterId, String requesterName, String ownerId,
                              String ownerName, String cprMasked, RelationStatus status, Instant requestedAt,
                              Instant activeSince, String cardNumberTyped) {

    /** Whether {@code citizenId} asked for this link (else it was asked of them). */
    public boolean requestedBy(String citizenId) {
        return requesterId.equals(citizenId);
    }
}
