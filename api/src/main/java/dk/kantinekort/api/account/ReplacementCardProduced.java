package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;

/** The replacement card was produced: the new number is active, the old one closed. */
public record ReplacementCardProduced(String accountId, String orderId, CardNumber oldCardNumber, CardNumber newCardNumber) {
}
