package dk.kantinekort.api.account;

import dk.kantinekort.api.citizen.SealedData;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A card account was opened for a citizen. {@code name} is a name given to this account when opened, sealed with
 * the citizen's key (it may be personal); null for none, and the portal then words the card account's usual name.
 */
@Revision("1")
public record CardAccountOpened(String accountId, String citizenId, SealedData name, Set<UnitKind> allowedUnits) {
}
