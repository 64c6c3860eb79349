package dk.kantinekort.api.transfer;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The destination account of a transfer received {@code amount} from {@code fromAccountId}: the transfer is done. */
@Revision("1")
public record TransferCredited(String accountId, String transferId, String fromAccountId, Money amount,
                               Money balanceAfter) implements TransferMovement {

    @Override
    public Money signedAmount() {
        return amount;
    }
}
