package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give the account a temporary card while it has no usable card (its card blocked, or a new card ordered); answers
 * the {@link TemporaryCard} live now, so asking again shows the same one and issues nothing.
 */
public record IssueTemporaryCard(@TargetAggregateIdentifier String accountId) implements AccountScoped {
}
