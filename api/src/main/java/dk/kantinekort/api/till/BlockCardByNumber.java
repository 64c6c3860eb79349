package dk.kantinekort.api.till;

import dk.kantinekort.api.card.CardNumber;

/** Block the account that a card number belongs to. */
public record BlockCardByNumber(CardNumber cardNumber, String reason) {
}
