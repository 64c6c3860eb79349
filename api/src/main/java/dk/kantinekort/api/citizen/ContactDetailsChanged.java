package dk.kantinekort.api.citizen;

import org.axonframework.serialization.Revision;

/** A person's contact details changed; the details travel sealed (JSON) with the person's key. */
@Revision("1")
public record ContactDetailsChanged(String citizenId, SealedData details) {
}
