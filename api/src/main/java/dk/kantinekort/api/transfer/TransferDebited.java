package dk.kantinekort.api.transfer;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * The source account of a transfer gave {@code amount} towards {@code toAccountId}; the transfer process credits it
 * there, or reverses this debit when the destination refuses it.
 */
@Revision("1")
public record TransferDebited(String accountId, String transferId, String toAccountId, Money amount,
                              Money balanceAfter) implements TransferMovement {

    @Override
    public Money signedAmount() {
        return Money.ZERO.minus(amount);
    }
}
