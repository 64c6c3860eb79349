package dk.kantinekort.api.transfer;

import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * The destination refused a transfer's credit ({@code refusal}: ACCOUNT_BLOCKED, BALANCE_LIMIT_EXCEEDED,
 * ACCOUNT_NOT_FOUND), so the debited {@code amount} went back onto the source account: nothing was moved.
 */
@Revision("1")
public record TransferReversed(String accountId, String transferId, String toAccountId, Money amount,
                               RejectionCode refusal, Money balanceAfter) implements TransferMovement {

    @Override
    public Money signedAmount() {
        return amount;
    }
}
