package dk.kantinekort.api.citizen;

/** A person became known to the system. */
public record CitizenRegistered(String citizenId, String cprHash, SealedData cpr, SealedData name, SealedData email) {
}
