package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** A fee was taken from the account. */
@Revision("1")
public record FeeCharged(String accountId, String feeId, Money amount, FeeKind kind, String description, Money balanceAfter) implements BalanceChanged {
}
