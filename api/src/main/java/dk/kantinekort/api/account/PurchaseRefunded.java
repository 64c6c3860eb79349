package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Money of a purchase went back onto the account. */
@Revision("1")
public record PurchaseRefunded(String accountId, String refundId, String purchaseId, String placeId, String tillId, Money amount, List<RefundLine> lines, Money balanceAfter, String requestFingerprint) implements BalanceChanged {
}
