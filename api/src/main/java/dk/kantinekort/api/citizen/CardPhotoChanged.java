package dk.kantinekort.api.citizen;

/** A person's card photo changed; the JPEG travels sealed (Base64) with the person's key. */
public record CardPhotoChanged(String citizenId, SealedData photo) {
}
