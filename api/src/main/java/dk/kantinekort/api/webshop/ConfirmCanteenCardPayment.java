package dk.kantinekort.api.webshop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The account has charged the order: it is paid. */
public record ConfirmCanteenCardPayment(@TargetAggregateIdentifier String orderId) {
}
