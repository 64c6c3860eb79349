package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.card.CardNumber;

/**
 * Whether a temporary card's code (as a till reads it) works now, and on which account: the ledger answers it as a
 * till purchase would decide it (signature, expiry, revocation, the account's block), without buying anything. The
 * till's balance inquiry asks it. Answered with a {@link TemporaryCardCheck}.
 */
public record CheckTemporaryCard(CardNumber code) {
}
