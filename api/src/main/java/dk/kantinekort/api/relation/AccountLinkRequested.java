package dk.kantinekort.api.relation;

import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.serialization.Revision;

/**
 * A person asked for access to another's accounts; waits for the owner (null owner: CPR number unknown). The owner
 * is told by mail. {@code cardNumberTyped}: the card number the requester typed with it, as typed (null when none);
 * shown back to the requester beside the masked CPR number, whether or not it is anyone's card. The CPR number the
 * requester typed ({@code cpr}) and the card number are sealed with the owner's key, or with the requester's when the
 * CPR number is nobody's here (no owner), so forgetting either person makes them unreadable.
 */
@Revision("1")
public record AccountLinkRequested(String relationId, String requesterId, String ownerId, SealedData cpr,
                                   SealedData cardNumberTyped) {
}
