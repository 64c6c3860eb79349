package dk.kantinekort.api.identity;

/** A login identity (OIDC subject) now belongs to this person. */
public record IdentityLinked(String citizenId, String subject) {
}
