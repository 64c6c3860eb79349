package dk.kantinekort.api.payment;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a payment the ledger cannot match, for staff. */
public record RecordPaymentDiscrepancy(@TargetAggregateIdentifier String accountId, String checkoutId, String paymentId, Money expected, Money charged, String description) {
}
