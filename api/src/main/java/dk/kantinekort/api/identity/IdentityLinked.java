package dk.kantinekort.api.identity;

import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.serialization.Revision;

/** A login identity (OIDC subject, a pseudonym of the person at the broker) now belongs to this person; sealed with the person's key. */
@Revision("1")
public record IdentityLinked(String citizenId, SealedData subject) {
}
