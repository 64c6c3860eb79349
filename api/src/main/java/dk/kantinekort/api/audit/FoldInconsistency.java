package dk.kantinekort.api.audit;

import dk.kantinekort.api.money.Money;

/**
 * A balance-changing event whose stated balanceAfter is not the balance before it plus its signed amount
 * ({@code expectedBalanceAfter}); {@code signedAmount} is null for a kind of movement the fold does not know.
 */
public record FoldInconsistency(String accountId, long sequenceNumber, String type, Money balanceBefore,
                                Money signedAmount, Money expectedBalanceAfter, Money statedBalanceAfter) {
}
