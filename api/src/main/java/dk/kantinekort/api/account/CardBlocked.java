package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/** The card account was blocked; tills decline it from now on. */
@Revision("1")
public record CardBlocked(String accountId, CardNumber cardNumber, String reason) {
}
