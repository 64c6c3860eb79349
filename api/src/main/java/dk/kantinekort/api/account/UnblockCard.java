package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift the block on the card ("Aktiver kort"); a block of the whole account stays. */
public record UnblockCard(@TargetAggregateIdentifier String accountId) implements AccountScoped {
}
