package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives up an open deposit that was never paid. */
public record AbandonDeposit(@TargetAggregateIdentifier String accountId, String depositId, String reason) {
}
