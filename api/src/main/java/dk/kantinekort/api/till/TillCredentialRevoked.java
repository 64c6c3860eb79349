package dk.kantinekort.api.till;

import org.axonframework.serialization.Revision;

/** A till's credential was withdrawn. */
@Revision("1")
public record TillCredentialRevoked(String placeId, String tillId) {
}
