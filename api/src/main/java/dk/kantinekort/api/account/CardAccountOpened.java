package dk.kantinekort.api.account;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A card account was opened for a citizen. */
@Revision("1")
public record CardAccountOpened(String accountId, String citizenId, String displayName, Set<UnitKind> allowedUnits) {
}
