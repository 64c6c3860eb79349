package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** Money was put on the account. */
@Revision("1")
public record MoneyDeposited(String accountId, String depositId, Money amount, DepositMethod method, String reference, Money balanceAfter) implements BalanceChanged {
}
