package dk.kantinekort.api.schoolyear;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;

/** The balance of a sibling's closing account arrived on this account. */
public record LeaverBalanceReceived(String accountId, String closureId, String fromAccountId, Money amount,
                                    Money balanceAfter) implements BalanceChanged {
}
