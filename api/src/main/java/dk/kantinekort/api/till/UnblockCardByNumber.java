package dk.kantinekort.api.till;

import dk.kantinekort.api.card.CardNumber;

/** Lift the block of the account that a card number belongs to. */
public record UnblockCardByNumber(CardNumber cardNumber) {
}
