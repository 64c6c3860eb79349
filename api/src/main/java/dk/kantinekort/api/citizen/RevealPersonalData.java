package dk.kantinekort.api.citizen;

/** Decrypt sealed personal data of a citizen; answers the plain text, or nothing when the key was erased. */
public record RevealPersonalData(SealedData sealed) {
}
