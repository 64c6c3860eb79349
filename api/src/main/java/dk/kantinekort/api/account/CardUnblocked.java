package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/** The card's block was lifted, on request or because a replacement card was produced. */
@Revision("1")
public record CardUnblocked(String accountId, CardNumber cardNumber, UnblockCause cause) {
}
