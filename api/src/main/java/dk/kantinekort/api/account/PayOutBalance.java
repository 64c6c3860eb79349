package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pay the whole remaining balance out to the citizen's bank account. */
public record PayOutBalance(@TargetAggregateIdentifier String accountId, String payoutId, String bankReference) implements AccountScoped {
}
