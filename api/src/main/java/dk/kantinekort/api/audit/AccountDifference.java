package dk.kantinekort.api.audit;

import dk.kantinekort.api.money.Money;

/** An account whose read-model balance is not the balance its events leave; null where one side has no account. */
public record AccountDifference(String accountId, Money readModelBalance, Money ledgerBalance) {
}
