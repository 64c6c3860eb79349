package dk.kantinekort.api.dispute;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff uphold a dispute and give {@code amount} back onto the account (at most what the row moved). */
public record RefundDispute(@TargetAggregateIdentifier String disputeId, Money amount) {
}
