package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/** A card number was attached to an account and is active. */
@Revision("1")
public record CardIssued(String accountId, CardNumber cardNumber) {
}
