package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;

/** Charge a fee to a card account. */
public record ChargeFee(@TargetAggregateIdentifier String accountId, String feeId, Money amount, FeeKind kind, String description) {
}
