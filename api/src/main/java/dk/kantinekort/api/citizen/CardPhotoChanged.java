package dk.kantinekort.api.citizen;

import org.axonframework.serialization.Revision;

/** A person's card photo changed; the JPEG travels sealed (Base64) with the person's key. */
@Revision("1")
public record CardPhotoChanged(String citizenId, SealedData photo) {
}
