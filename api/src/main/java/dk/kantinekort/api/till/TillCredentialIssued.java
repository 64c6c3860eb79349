package dk.kantinekort.api.till;

import org.axonframework.serialization.Revision;

/** A till got a credential. */
@Revision("1")
public record TillCredentialIssued(String placeId, String tillId, String tokenHash) {
}
