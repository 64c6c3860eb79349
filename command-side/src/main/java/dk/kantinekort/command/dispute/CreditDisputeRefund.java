package dk.kantinekort.command.dispute;

import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Internal to the dispute-refund process: credit an upheld dispute's refund; idempotent by dispute id. */
public record CreditDisputeRefund(@TargetAggregateIdentifier String accountId, String disputeId, Money amount) {
}
