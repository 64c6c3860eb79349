package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;

/** The remaining balance was paid out; the account is empty afterwards. */
public record BalancePaidOut(String accountId, String payoutId, Money amount, String bankReference, Money balanceAfter) implements BalanceChanged {
}
