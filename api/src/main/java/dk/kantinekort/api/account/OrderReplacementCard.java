package dk.kantinekort.api.account;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Order a new card with a new number for a fee (F11); answers the new card number. */
public record OrderReplacementCard(@TargetAggregateIdentifier String accountId, String orderId) implements AccountScoped {
}
