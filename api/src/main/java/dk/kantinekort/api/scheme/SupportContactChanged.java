package dk.kantinekort.api.scheme;

import org.axonframework.serialization.Revision;

/** The portal shows this support contact from now on. */
@Revision("1")
public record SupportContactChanged(String schemeId, String phone, String email, String hours) {
}
