package dk.kantinekort.api.citizen;

import org.axonframework.serialization.Revision;

/** A person became known to the system. */
@Revision("1")
public record CitizenRegistered(String citizenId, String cprHash, SealedData cpr, SealedData name, SealedData email) {
}
