package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import java.util.List;

/** Money of a purchase went back onto the account. */
public record PurchaseRefunded(String accountId, String refundId, String purchaseId, String placeId, String tillId, Money amount, List<RefundLine> lines, Money balanceAfter, String requestFingerprint) implements BalanceChanged {
}
