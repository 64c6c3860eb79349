package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/** The replacement card was produced: the new number is active, the old one closed. */
@Revision("1")
public record ReplacementCardProduced(String accountId, String orderId, CardNumber oldCardNumber, CardNumber newCardNumber) {
}
