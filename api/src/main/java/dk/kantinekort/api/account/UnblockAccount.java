package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift the block on the whole card account; staff only. */
public record UnblockAccount(@TargetAggregateIdentifier String accountId) implements AccountScoped {
}
