package dk.kantinekort.command.card;

import dk.kantinekort.api.card.CardNumber;

/** Hands out card numbers that no card has had before. */
public interface CardNumberIssuer {

    CardNumber nextCardNumber();
}
