package dk.kantinekort.api.relation;

import org.axonframework.serialization.Revision;

/**
 * A person asked for access to another's accounts; waits for the owner (null owner: CPR number unknown). The owner
 * is told by mail. {@code cardNumberTyped}: the card number the requester typed with it, as typed (null when none);
 * shown back to the requester beside the masked CPR number, whether or not it is anyone's card.
 */
@Revision("1")
public record AccountLinkRequested(String relationId, String requesterId, String ownerId, String cprHash,
                                   String cprMasked, String cardNumberTyped) {
}
