package dk.kantinekort.api.webshop;

import dk.kantinekort.api.payment.PaymentDeclineReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The canteen card refused the order (blocked, not enough money). */
public record FailOrderPayment(@TargetAggregateIdentifier String orderId, PaymentDeclineReason reason) {
}
