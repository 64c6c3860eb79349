package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;
import org.axonframework.serialization.Revision;

/** A replacement card was ordered; it goes to the production queue. */
@Revision("1")
public record ReplacementCardOrdered(String accountId, String orderId, CardNumber currentCardNumber, CardNumber newCardNumber, Money fee) {
}
