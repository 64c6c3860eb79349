package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;

/** The card account was blocked; tills decline it from now on. */
public record CardBlocked(String accountId, CardNumber cardNumber, String reason) {
}
