package dk.kantinekort.api.dispute;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.statement.StatementRowType;
import java.time.Instant;

/**
 * A dispute as the portal and the back office show it: the row, the citizen's words, the state and staff's answer
 * (the refunded amount, or the reason of a refusal).
 */
public record DisputeView(String disputeId, String accountId, String rowReference, StatementRowType rowType,
                          Money rowAmount, Instant rowAt, String text, Instant openedAt, DisputeState state,
                          Money refunded, String rejectionReason) {
}
