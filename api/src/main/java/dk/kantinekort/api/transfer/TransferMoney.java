package dk.kantinekort.api.transfer;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Overfør: move {@code amount} from one card account to another the citizen may act on. Decided by the source
 * account (it is debited at once); the transfer process credits the destination, or gives the money back when the
 * destination refuses it. Idempotent by {@code transferId}: a double click or a retry after a restart moves nothing
 * more. The portal lets it through only when the citizen may act on the source; the account checks the destination.
 */
public record TransferMoney(@TargetAggregateIdentifier String fromAccountId, String transferId, String toAccountId,
                            Money amount) implements AccountScoped {

    @Override
    public String accountId() {
        return fromAccountId;
    }
}
