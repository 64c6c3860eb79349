package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift a block on the card account. */
public record UnblockCard(@TargetAggregateIdentifier String accountId) implements AccountScoped {
}
