package dk.kantinekort.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import dk.kantinekort.api.money.Money;

/** Put money on a card account; idempotent by deposit id. Answers the balance after. */
public record DepositMoney(@TargetAggregateIdentifier String accountId, String depositId, Money amount, DepositMethod method, String reference) {
}
