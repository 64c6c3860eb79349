package dk.kantinekort.api.webshop;

import dk.kantinekort.api.access.AccountScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Annuller the whole order: every line whose delivery date has not come; refused if none is left. */
public record CancelOrder(String accountId, @TargetAggregateIdentifier String orderId) implements AccountScoped {
}
