package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A top-up charge was refused or impossible. */
public record FailAutoTopUp(@TargetAggregateIdentifier String accountId, String topUpId, PaymentDeclineReason reason) {
}
