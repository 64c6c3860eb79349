package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;

/** Money was put on the account. */
public record MoneyDeposited(String accountId, String depositId, Money amount, DepositMethod method, String reference, Money balanceAfter) implements BalanceChanged {
}
