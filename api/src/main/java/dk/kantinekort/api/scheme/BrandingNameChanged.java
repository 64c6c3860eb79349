package dk.kantinekort.api.scheme;

import org.axonframework.serialization.Revision;

/** The portal shows the card scheme under this name from now on. */
@Revision("1")
public record BrandingNameChanged(String schemeId, String name) {
}
