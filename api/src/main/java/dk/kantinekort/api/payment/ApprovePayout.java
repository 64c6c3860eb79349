package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff approve a requested payout: the balance at this moment is paid out and the account is emptied. */
public record ApprovePayout(@TargetAggregateIdentifier String accountId, String payoutId) {
}
