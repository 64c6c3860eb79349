package dk.kantinekort.api.account;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * A fee was taken from the account: what it pays for ({@code kind}) and, for a replacement card, the order it pays
 * ({@code orderId}, as in {@link ReplacementCardOrdered}; null for other kinds). Facts only: the read side words them.
 */
@Revision("1")
public record FeeCharged(String accountId, String feeId, Money amount, FeeKind kind, String orderId, Money balanceAfter) implements BalanceChanged {
}
