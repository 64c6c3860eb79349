package dk.kantinekort.api.identity;

import org.axonframework.serialization.Revision;

/** A login identity (OIDC subject) now belongs to this person. */
@Revision("1")
public record IdentityLinked(String citizenId, String subject) {
}
