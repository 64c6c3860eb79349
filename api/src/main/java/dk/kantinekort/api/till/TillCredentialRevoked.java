package dk.kantinekort.api.till;

/** A till's credential was withdrawn. */
public record TillCredentialRevoked(String placeId, String tillId) {
}
