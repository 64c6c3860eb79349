package dk.kantinekort.api.citizen;

import org.axonframework.serialization.Revision;

/**
 * A person became known to the system. The CPR number, name and e-mail are sealed with the person's own key; the
 * CPR look-up (keyed hash) lives only in the command side's {@code citizen_directory}, rebuilt from the sealed CPR
 * number while the key exists and deleted when the person is forgotten.
 */
@Revision("1")
public record CitizenRegistered(String citizenId, SealedData cpr, SealedData name, SealedData email) {
}
