package dk.kantinekort.api.account;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The kinds of units where the card may be used were changed. */
@Revision("1")
public record AllowedUnitsChanged(String accountId, Set<UnitKind> allowedUnits) {
}
