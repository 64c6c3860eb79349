package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff send the receipt of a paid deposit or top-up again, to the address it was sent to. */
public record ResendReceipt(@TargetAggregateIdentifier String accountId, String depositId) {
}
