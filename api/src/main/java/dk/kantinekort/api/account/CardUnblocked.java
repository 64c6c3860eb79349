package dk.kantinekort.api.account;

import dk.kantinekort.api.card.CardNumber;

/** A block was lifted, on request or because a replacement card was produced. */
public record CardUnblocked(String accountId, CardNumber cardNumber, UnblockCause cause) {
}
