package dk.kantinekort.api.account;

import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.serialization.Revision;

/**
 * The whole account was blocked: tills decline every card and temporary card of it ({@code ACCOUNT_BLOCKED}), and
 * no money comes onto it nor pays a webshop order until it is unblocked (a payout stays possible). {@code reason} is staff's free text, sealed with the
 * holder's key; {@code blockedBy} who set it (decision record 21).
 */
@Revision("1")
public record AccountBlocked(String accountId, SealedData reason, BlockOrigin blockedBy) {
}
