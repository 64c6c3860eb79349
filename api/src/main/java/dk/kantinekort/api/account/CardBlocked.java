package dk.kantinekort.api.account;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/**
 * The card was blocked (lost, stolen): tills decline its number from now on ({@code CARD_BLOCKED}); the account and its
 * money stay usable (decision record 21). {@code blockedBy} says who set the block (from the
 * command's channel): a STAFF block is lifted only by staff. {@code reason} is the free text staff or an integration
 * gave, null for a block from the portal (sealed with the holder's key: staff's words about a person).
 */
@Revision("1")
public record CardBlocked(String accountId, CardNumber cardNumber, SealedData reason, BlockOrigin blockedBy) {
}
