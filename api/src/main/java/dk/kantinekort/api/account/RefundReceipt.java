package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;

/** What a till gets back for a refund. */
public record RefundReceipt(String refundId, String purchaseId, String accountId, Money amount, Money balanceAfter, boolean replayed) {
}
