package dk.kantinekort.api.till;

/** Which till holds the credential with this SHA-256 hash? Answers a TillIdentity or nothing. */
public record AuthenticateTill(String tokenHash) {
}
