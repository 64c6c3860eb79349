package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;

/** A card number was attached to an account and is active. */
public record CardIssued(String accountId, CardNumber cardNumber) {
}
