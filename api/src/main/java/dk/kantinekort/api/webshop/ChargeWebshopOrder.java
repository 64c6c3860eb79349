package dk.kantinekort.api.webshop;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an order's total from the canteen card; a repeated order id answers the first balance. */
public record ChargeWebshopOrder(@TargetAggregateIdentifier String accountId, String orderId, String placeId,
                                 Money amount) implements AccountScoped {
}
