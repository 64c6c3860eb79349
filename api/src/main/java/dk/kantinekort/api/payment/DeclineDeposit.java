package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a refused attempt of an open deposit. */
public record DeclineDeposit(@TargetAggregateIdentifier String accountId, String depositId, String paymentId, PaymentDeclineReason reason) {
}
