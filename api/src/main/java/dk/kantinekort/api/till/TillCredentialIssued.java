package dk.kantinekort.api.till;

/** A till got a credential. */
public record TillCredentialIssued(String placeId, String tillId, String tokenHash) {
}
