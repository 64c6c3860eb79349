package dk.kantinekort.api.till;

import dk.kantinekort.api.money.Money;
import java.util.List;
import dk.kantinekort.api.account.RefundLine;

/** A till asks to refund (part of) a purchase made at its place. */
public record RefundAtTill(String refundId, String purchaseId, String tillId, Money amount, List<RefundLine> lines, String requestFingerprint) {
}
