package dk.kantinekort.api.schoolyear;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The balance of a sibling's closing account arrived on this account. */
@Revision("1")
public record LeaverBalanceReceived(String accountId, String closureId, String fromAccountId, Money amount,
                                    Money balanceAfter) implements BalanceChanged {
}
