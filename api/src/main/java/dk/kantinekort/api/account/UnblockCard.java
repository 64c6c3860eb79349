package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift a block on the card account. */
public record UnblockCard(@TargetAggregateIdentifier String accountId) {
}
