package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/** Staff rejected a payout request. */
@Revision("1")
public record PayoutRejected(String accountId, String payoutId, String reason) {
}
