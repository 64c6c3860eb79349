package dk.kantinekort.api.webshop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Before a payment-card charge for the account: answers false when the canteen card is blocked. */
public record CheckCanteenCardUsable(@TargetAggregateIdentifier String accountId) {
}
