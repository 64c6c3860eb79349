package dk.kantinekort.api.account;

import dk.kantinekort.api.citizen.SealedData;

/**
 * The whole account was blocked: tills decline every card and temporary card of it ({@code ACCOUNT_BLOCKED}), and
 * no money comes on or goes off it until it is unblocked. {@code reason} is staff's free text, sealed with the
 * holder's key; {@code blockedBy} who set it (decision record 21).
 */
public record AccountBlocked(String accountId, SealedData reason, BlockOrigin blockedBy) {
}
