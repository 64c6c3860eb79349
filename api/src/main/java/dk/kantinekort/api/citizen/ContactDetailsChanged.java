package dk.kantinekort.api.citizen;

/** A person's contact details changed; the details travel sealed (JSON) with the person's key. */
public record ContactDetailsChanged(String citizenId, SealedData details) {
}
