package dk.kantinekort.api.payment;

import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.serialization.Revision;

/** Staff rejected a payout request; their reason is free text about a person, sealed with the owner's key. */
@Revision("1")
public record PayoutRejected(String accountId, String payoutId, SealedData reason) {
}
