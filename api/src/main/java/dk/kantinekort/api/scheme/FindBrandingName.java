package dk.kantinekort.api.scheme;

/** The scheme's name staff set; answers a String, or nothing while the configuration's applies. */
public record FindBrandingName() {
}
