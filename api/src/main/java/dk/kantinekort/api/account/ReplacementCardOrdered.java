package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.card.CardNumber;

/** A replacement card was ordered; it goes to the production queue. */
public record ReplacementCardOrdered(String accountId, String orderId, CardNumber currentCardNumber, CardNumber newCardNumber, Money fee) {
}
