package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff reject a requested payout, with a reason the citizen sees. */
public record RejectPayout(@TargetAggregateIdentifier String accountId, String payoutId, String reason) {
}
