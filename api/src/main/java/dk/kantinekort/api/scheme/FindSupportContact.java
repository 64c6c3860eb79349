package dk.kantinekort.api.scheme;

/** The support contact staff set; answers a {@link SupportContact}, or nothing while the settings file's applies. */
public record FindSupportContact() {
}
