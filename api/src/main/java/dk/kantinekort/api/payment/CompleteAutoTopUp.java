package dk.kantinekort.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A top-up was charged on the saved card: credit it. */
public record CompleteAutoTopUp(@TargetAggregateIdentifier String accountId, String topUpId, String paymentId, String chargeId) {
}
