package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;

/** An event that moved money on an account; every one of them states the balance it left. */
public interface BalanceChanged {

    String accountId();

    Money balanceAfter();
}
