package dk.kantinekort.api.payment;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a deposit on the account (refused while blocked or out of bounds) before the provider is asked. */
public record RequestDeposit(@TargetAggregateIdentifier String accountId, String depositId, Money amount, Money fee, DepositMethod method, SealedData receiptEmail) implements AccountScoped {
}
