package dk.kantinekort.api.schoolyear;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A closing leaver's balance moved to a sibling's account ({@link LeaverBalanceReceived} there). */
@Revision("1")
public record LeaverBalanceMoved(String accountId, String closureId, String toAccountId, Money amount,
                                 Money balanceAfter) implements BalanceChanged {
}
