package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** "Annuller automatisk optankning": no more top-ups; changing card is cancel + a new agreement. */
public record CancelAutoTopUp(@TargetAggregateIdentifier String accountId) implements AccountScoped {
}
