package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;

/** Charge a fee of a kind to a card account; idempotent by fee id. */
public record ChargeFee(@TargetAggregateIdentifier String accountId, String feeId, Money amount, FeeKind kind) {
}
