package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;
import java.util.List;

/** Give back all or part of a purchase; either an amount or lines is given. Answers a {@link RefundReceipt}. */
public record RefundPurchase(@TargetAggregateIdentifier String accountId, String refundId, String purchaseId, String placeId, String tillId, Money amount, List<RefundLine> lines, String requestFingerprint) {
}
