package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Block the card account (lost card, F10); takes effect for the very next till request. */
public record BlockCard(@TargetAggregateIdentifier String accountId, String reason) implements AccountScoped {
}
