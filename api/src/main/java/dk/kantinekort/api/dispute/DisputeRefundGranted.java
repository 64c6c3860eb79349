package dk.kantinekort.api.dispute;

import dk.kantinekort.api.money.Money;
import org.axonframework.serialization.Revision;

/**
 * Staff upheld a dispute: {@code amount} goes back onto the account (credited by {@link DisputeRefunded});
 * {@code openedByCitizenId} is told by mail.
 */
@Revision("1")
public record DisputeRefundGranted(String disputeId, String accountId, Money amount, String openedByCitizenId) {
}
