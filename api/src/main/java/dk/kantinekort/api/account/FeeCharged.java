package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;

/** A fee was taken from the account. */
public record FeeCharged(String accountId, String feeId, Money amount, FeeKind kind, String description, Money balanceAfter) implements BalanceChanged {
}
