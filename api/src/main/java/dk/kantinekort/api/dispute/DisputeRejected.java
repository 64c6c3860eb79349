package dk.kantinekort.api.dispute;

import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.serialization.Revision;

/** Staff refused a dispute; their reason is free text about a person, sealed with the account holder's key;
 * {@code openedByCitizenId} is told by mail. */
@Revision("1")
public record DisputeRejected(String disputeId, String accountId, SealedData reason, String openedByCitizenId) {
}
