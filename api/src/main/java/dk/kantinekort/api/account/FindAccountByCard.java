package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;

/** The summary of the account a card number belongs to (current or former), or nothing. */
public record FindAccountByCard(CardNumber cardNumber) {
}
