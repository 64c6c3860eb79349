package dk.kantinekort.api.dispute;

import dk.kantinekort.api.account.BalanceChanged;
import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/** The refund of an upheld dispute was credited to the account. */
@Revision("1")
public record DisputeRefunded(String accountId, String disputeId, Money amount, Money balanceAfter)
        implements BalanceChanged {
}
