package dk.kantinekort.api.account;

import java.time.Instant;

/**
 * A replacement card waiting to be produced: the account, the order, the card it replaces and the new number to
 * print. Holder and address are the account's and the person's own read models (FindAccountSummary,
 * FindCitizenProfile), so an erased person's name never lingers in the queue.
 */
public record PendingCardReplacement(String accountId, String orderId, String oldCardNumber, String newCardNumber,
                                     Instant orderedAt) {
}
