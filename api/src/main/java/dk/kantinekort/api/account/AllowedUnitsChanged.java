package dk.kantinekort.api.account;

import java.util.Set;

/** The kinds of units where the card may be used were changed. */
public record AllowedUnitsChanged(String accountId, Set<UnitKind> allowedUnits) {
}
