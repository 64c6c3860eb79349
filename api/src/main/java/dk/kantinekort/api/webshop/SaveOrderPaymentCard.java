package dk.kantinekort.api.webshop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider saved the citizen's payment card for the order (after the hosted page). */
public record SaveOrderPaymentCard(@TargetAggregateIdentifier String orderId, String paymentId, String savedCardToken,
                                   String cardBrand, String maskedPan, String cardExpiry) {
}
