package dk.kantinekort.api.tempcard;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the account's live temporary card at once (the citizen's "Tilbagekald"); nothing when none is live. */
public record RevokeTemporaryCard(@TargetAggregateIdentifier String accountId) implements AccountScoped {
}
