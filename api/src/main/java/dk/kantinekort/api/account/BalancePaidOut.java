package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The remaining balance was paid out; the account is empty afterwards. */
@Revision("1")
public record BalancePaidOut(String accountId, String payoutId, Money amount, String bankReference, Money balanceAfter) implements BalanceChanged {
}
