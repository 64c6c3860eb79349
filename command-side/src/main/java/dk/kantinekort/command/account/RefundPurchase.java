package dk.kantinekort.command.account;

import dk.kantinekort.api.account.RefundLine;
import dk.kantinekort.api.account.RefundReceipt;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;
import java.util.List;

/**
 * Give back all or part of a purchase; either an amount or lines is given. Answers a {@link RefundReceipt}. Internal
 * to the account: a till sends {@link dk.kantinekort.api.till.RefundAtTill}, which {@link TillPurchaseHandler} routes
 * here.
 */
record RefundPurchase(@TargetAggregateIdentifier String accountId, String refundId, String purchaseId, String placeId, String tillId, Money amount, List<RefundLine> lines, String requestFingerprint) {
}
