package dk.kantinekort.api.webshop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider created the hosted page that saves the order's payment card. */
public record RecordOrderCheckout(@TargetAggregateIdentifier String orderId, String paymentId, String hostedPageUrl) {
}
