package dk.kantinekort.api.relation;

import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.serialization.Revision;

/**
 * A link became active at once: the owner is under 18 and the requester knew the CPR number and the number of the
 * owner's current, unblocked card (a parent). The owner is told by mail.
 * {@code cpr}: the CPR number the requester typed, sealed with the owner's key.
 */
@Revision("1")
public record AccountLinkGranted(String relationId, String requesterId, String ownerId, SealedData cpr) {
}
