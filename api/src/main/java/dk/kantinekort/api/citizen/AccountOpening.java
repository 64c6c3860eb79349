package dk.kantinekort.api.citizen;

import dk.kantinekort.api.card.CardNumber;

/** The result of opening an account for a person: created now, or already there. */
public record AccountOpening(String citizenId, String accountId, CardNumber cardNumber, boolean created) {
}
